package org.onestop.preexam.internal.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import org.onestop.api.cases.Label;
import org.onestop.api.schema.Schema;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.preexam.internal.request.RequestWorkflow;
import org.onestop.preexam.internal.rules.PatentType;
import org.onestop.preexam.internal.statistics.StatisticsReport.Group;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Counts the requests submitted in a period from {@code PREEXAM.REQUEST}: by status, patent type, field (the main
 * IPC's subclass; for a design its Locarno class and subclass) and month, with the decisions, the average working
 * days to a decision and the share of examined requests that needed a correction.
 *
 * <p>A request <em>reached examination</em> when its status is under examination, awaiting correction, qualified,
 * filed, correction expired or qualification expired; a rejected or withdrawn request counts only when it was asked
 * for a correction, since the table does not say whether one rejected or withdrawn without a correction had passed
 * the scope check. Requests still waiting for the scope check have not reached examination.
 */
@Component(service = RequestStatistics.class)
public final class RequestStatistics {

    /** Statuses only a request that passed the scope check can be in. */
    static final Set<String> EXAMINED = Set.of(RequestWorkflow.EXAMINATION, RequestWorkflow.CORRECTION,
            RequestWorkflow.QUALIFIED, RequestWorkflow.FILED, RequestWorkflow.CORRECTION_EXPIRED,
            RequestWorkflow.QUALIFICATION_EXPIRED);

    private static final String GROUPS = "SELECT STATUS, PATENT_TYPE, FIELD, {fn YEAR(SUBMITTED_ON)}, {fn MONTH(SUBMITTED_ON)},"
            + " COUNT(*),"
            + " SUM(CASE WHEN DECISION = 'qualified' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN DECISION = 'rejected' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN DECISION IN ('qualified', 'rejected') AND DECISION_DAYS IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN DECISION IN ('qualified', 'rejected') AND DECISION_DAYS IS NOT NULL"
            + " THEN DECISION_DAYS ELSE 0 END),"
            + " SUM(CASE WHEN CORRECTIONS > 0 THEN 1 ELSE 0 END), LOCARNO"
            + " FROM PREEXAM.REQUEST WHERE SUBMITTED_ON BETWEEN ? AND ?"
            + " GROUP BY STATUS, PATENT_TYPE, FIELD, LOCARNO, {fn YEAR(SUBMITTED_ON)}, {fn MONTH(SUBMITTED_ON)}";

    /** How the key of a design's field begins: its Locarno class and subclass follow. */
    static final String LOCARNO = "LOC ";

    private final DataSource database;

    @Activate
    public RequestStatistics(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=PREEXAM)") DataSource database) {
        this.database = database;
    }

    /** The report of the requests submitted in {@code period}, their statuses as they are on {@code asOf}. */
    public StatisticsReport report(StatisticsPeriod period, LocalDate asOf) throws SQLException {
        Tally total = new Tally();
        Map<String, Tally> statuses = new LinkedHashMap<>();
        Map<String, Tally> types = new LinkedHashMap<>();
        Map<String, Tally> fields = new HashMap<>();
        Map<YearMonth, Tally> months = new LinkedHashMap<>();
        RequestWorkflow.STATUSES.forEach(s -> statuses.put(s.code(), new Tally()));
        for (PatentType type : PatentType.values()) {
            types.put(type.code(), new Tally());
        }
        period.months().forEach(m -> months.put(m, new Tally()));
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(GROUPS)) {
            select.setDate(1, Date.valueOf(period.firstDay()));
            select.setDate(2, Date.valueOf(period.lastDay()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String status = row.getString(1);
                    long requests = row.getLong(6);
                    long corrected = row.getLong(11);
                    long examined = EXAMINED.contains(status) ? requests
                            : RequestWorkflow.REJECTED.equals(status) || RequestWorkflow.WITHDRAWN.equals(status)
                                    ? corrected : 0;
                    Tally group = new Tally();
                    group.add(requests, row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10), examined,
                            corrected);
                    total.add(group);
                    statuses.computeIfAbsent(status, k -> new Tally()).add(group);
                    types.computeIfAbsent(row.getString(2), k -> new Tally()).add(group);
                    String locarno = row.getString(12);
                    fields.computeIfAbsent(locarno != null ? LOCARNO + locarno : row.getString(3).strip(),
                            k -> new Tally()).add(group);
                    months.computeIfAbsent(YearMonth.of(row.getInt(4), row.getInt(5)), k -> new Tally()).add(group);
                }
            }
        }
        long all = total.requests();
        List<Map.Entry<String, Tally>> busiestFields = new ArrayList<>(fields.entrySet());
        busiestFields.sort(Comparator.comparingLong((Map.Entry<String, Tally> e) -> -e.getValue().requests())
                .thenComparing(Map.Entry::getKey));
        return new StatisticsReport(period.fromText(), period.toText(), asOf, total.figures(all),
                groups(statuses.entrySet(), all, code -> RequestWorkflow.label(code, true)),
                groups(types.entrySet(), all, RequestStatistics::typeLabel),
                groups(busiestFields, all, RequestStatistics::fieldLabel),
                groups(months.entrySet(), all, StatisticsPeriod::label));
    }

    private static <K> List<Group> groups(Iterable<Map.Entry<K, Tally>> tallies, long all,
            Function<K, Label> label) {
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<K, Tally> e : tallies) {
            groups.add(new Group(e.getKey().toString(), label.apply(e.getKey()), e.getValue().figures(all)));
        }
        return groups;
    }

    private static Label typeLabel(String code) {
        return PatentType.of(code).map(PatentType::label).orElse(Label.of(code, code));
    }

    /** An IPC subclass as it is; a design's Locarno class named as one. */
    private static Label fieldLabel(String key) {
        if (key.startsWith(LOCARNO)) {
            String code = key.substring(LOCARNO.length());
            return Label.of("洛迦诺分类 " + code, "Locarno " + code);
        }
        return Label.of(key, key);
    }
}
