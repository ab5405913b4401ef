package org.onestop.assistance.internal.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Messages;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UtcColumns;
import org.onestop.api.statistics.StatisticsPeriod;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the applications submitted in a period from {@code ASSISTANCE.APPLICATION} (the period's days are the
 * centre's, submission times are stored in UTC) and counts them with {@link ApplicationCount} on the centre's
 * working calendar.
 */
@Component(service = AssistanceStatistics.class)
public final class AssistanceStatistics {

    /** The module whose messages word a refused filter ({@code assistance.statistics.error.*}). */
    public static final String MODULE = "assistance";

    private static final String ROWS = "SELECT A.STATUS, A.BUSINESS_TYPE, A.RIGHT_TYPE, A.ASSISTANCE, A.VENUE,"
            + " A.VENUE_DETAIL, A.SUBMITTED_AT, A.DECIDED_ON, A.CLOSED_ON, C.OUTCOME FROM ASSISTANCE.APPLICATION A"
            + " LEFT JOIN ASSISTANCE.CLOSING C ON C.CASE_ID = A.CASE_ID"
            + " WHERE A.SUBMITTED_AT >= ? AND A.SUBMITTED_AT < ?";

    private final DataSource database;
    private final WorkingCalendar calendar;
    private final CentreZone zone;
    private final Messages messages;

    @Activate
    public AssistanceStatistics(
            @Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=ASSISTANCE)") DataSource database,
            @Reference WorkingCalendar calendar, @Reference CentreZone zone, @Reference Messages messages) {
        this.database = database;
        this.calendar = calendar;
        this.zone = zone;
        this.messages = messages;
    }

    /** The report of a supervisor's filter ({@code yyyy-MM}, either may be empty), as of the centre's today. */
    public AssistanceReport report(String from, String to) throws SQLException {
        LocalDate today = calendar.today();
        return report(StatisticsPeriod.of(from, to, today, MODULE), today);
    }

    /** The report of the applications submitted in {@code period}, their statuses as they are on {@code asOf}. */
    public AssistanceReport report(StatisticsPeriod period, LocalDate asOf) throws SQLException {
        ZoneId centre = zone.zone();
        List<Submission> submissions = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(ROWS)) {
            UtcColumns.set(select, 1, period.firstDay().atStartOfDay(centre).toInstant());
            UtcColumns.set(select, 2, period.lastDay().plusDays(1).atStartOfDay(centre).toInstant());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String asked = row.getString(4);
                    submissions.add(new Submission(row.getString(1), row.getString(2), row.getString(3),
                            asked == null || asked.isEmpty() ? List.of() : Arrays.asList(asked.split(",")),
                            row.getString(5), row.getString(6), UtcColumns.get(row, 7).atZone(centre).toLocalDate(),
                            day(row.getDate(8)), day(row.getDate(9)), row.getString(10)));
                }
            }
        }
        return new ApplicationCount(calendar, messages).report(period, asOf, submissions);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
