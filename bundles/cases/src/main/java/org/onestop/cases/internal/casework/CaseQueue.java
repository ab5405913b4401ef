package org.onestop.cases.internal.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Paging;
import org.onestop.cases.internal.cases.CaseRows;
import org.onestop.cases.internal.cases.CaseTables;
import org.onestop.cases.internal.cases.RegisteredType;
import org.onestop.cases.internal.cases.WorkflowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lists of cases: a staff member's queues (assigned to me, my team's open cases, my team's unassigned ones;
 * narrowed by module, status, due within one working day or overdue; by due date, cases without one last, then by
 * opening) with the count of each tab, and every case of an applicant, newest first. A staff member's team covers
 * the case types whose workflow names one of their roles; a supervisor's covers every case.
 */
@Component(service = CaseQueue.class, immediate = true)
public final class CaseQueue {

    private static final String ORDER = " ORDER BY CASE WHEN C.DUE_ON IS NULL THEN 1 ELSE 0 END, C.DUE_ON,"
            + " C.OPENED_AT, C.ID";

    private final DataSource database;
    private final WorkflowRegistry workflows;
    private final WorkingCalendar calendar;
    private final CaseRows names;

    /** A part of a WHERE clause with the values of its parameters. */
    private record Condition(String sql, List<Object> values) {
    }

    /**
     * A running deadline clock of an applicant's case.
     *
     * @param trackingNumber the case
     * @param module         its module
     * @param caseType       its type
     * @param deadline       the deadline's code
     * @param dueOn          when it runs out
     */
    public record RunningClock(String trackingNumber, String module, String caseType, String deadline,
            LocalDate dueOn) {
    }

    @Activate
    public CaseQueue(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference WorkflowRegistry workflows, @Reference WorkingCalendar calendar, @Reference People people) {
        this.database = database;
        this.names = new CaseRows(people);
        this.workflows = workflows;
        this.calendar = calendar;
    }

    /** One page of a queue of {@code staff}. */
    public QueuePage page(QueueFilter filter, Caller staff) throws SQLException {
        Condition where = where(filter, staff);
        Paging paging = filter.paging();
        List<Object> paged = new ArrayList<>(where.values());
        paged.add(paging.offset());
        paged.add(paging.size());
        try (Connection connection = database.getConnection()) {
            long total = CaseColumns.count(connection, "SELECT COUNT(*)" + CaseColumns.FROM + where.sql(),
                    where.values());
            List<CaseFile> items = CaseColumns.cases(connection, names,
                    CaseColumns.SELECT + CaseColumns.FROM + where.sql()
                    + ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged);
            return new QueuePage(total, paging.page(), paging.size(), items);
        }
    }

    /**
     * How many cases each tab of {@code staff}'s workbench holds: one pass over the open cases, each tab's condition
     * summed (five counts each reading the open cases were a tenth of a workbench page's time).
     */
    public QueueCounts counts(Caller staff) throws SQLException {
        Condition team = team(staff);
        String inTeam = team.sql().isEmpty() ? "1 = 1" : team.sql().substring(" AND ".length());
        LocalDate today = calendar.today();
        List<Object> values = new ArrayList<>();
        values.add(staff.accountId());
        StringBuilder sql = new StringBuilder("SELECT SUM(CASE WHEN C.ASSIGNEE_ID = ? THEN 1 ELSE 0 END)");
        for (String tab : List.of("", " AND C.ASSIGNEE_ID IS NULL", " AND C.DUE_ON >= ? AND C.DUE_ON <= ?",
                " AND C.DUE_ON < ?")) {
            sql.append(", SUM(CASE WHEN ").append(inTeam).append(tab).append(" THEN 1 ELSE 0 END)");
            values.addAll(team.values());
        }
        int soonAt = 1 + 3 * team.values().size();
        values.add(soonAt, today);
        values.add(soonAt + 1, calendar.addWorkingDays(today, 1));
        values.add(today);
        sql.append(" FROM CASES.CASE_FILE C WHERE C.CLOSED = FALSE");
        try (Connection connection = database.getConnection();
                PreparedStatement select = CaseColumns.prepare(connection, sql.toString(), values);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return new QueueCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                    rows.getLong(5));
        }
    }

    /** Every case {@code applicant} opened, across modules, newest first. */
    public List<CaseFile> ofApplicant(Caller applicant) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return CaseColumns.cases(connection, names, CaseColumns.SELECT + CaseColumns.FROM
                    + " WHERE C.APPLICANT_ID = ? ORDER BY C.OPENED_AT DESC, C.ID DESC",
                    List.of(applicant.accountId()));
        }
    }

    /** The running deadline clocks of the cases {@code applicant} opened, soonest first. */
    public List<RunningClock> runningClocks(Caller applicant) throws SQLException {
        record Row(RunningClock clock, long caseId) {
        }
        List<Row> found = new ArrayList<>();
        // an applicant has a few running clocks: ordered here, as Derby would set up a sort for every request
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT C.TRACKING_NUMBER, C.MODULE,"
                        + " C.CASE_TYPE, K.DEADLINE, K.DUE_ON, C.ID FROM CASES.CASE_CLOCK K JOIN CASES.CASE_FILE C"
                        + " ON C.ID = K.CASE_ID WHERE C.APPLICANT_ID = ? AND K.STATE = 'RUNNING'"
                        + " AND K.DUE_ON IS NOT NULL")) {
            select.setLong(1, applicant.accountId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Row(new RunningClock(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getDate(5).toLocalDate()), rows.getLong(6)));
                }
            }
        }
        found.sort(Comparator.comparing((Row row) -> row.clock().dueOn()).thenComparingLong(Row::caseId));
        return found.stream().map(Row::clock).toList();
    }

    /** The last day a case counts as due soon: one working day from today. */
    public LocalDate soonUntil() {
        return calendar.addWorkingDays(calendar.today(), 1);
    }

    public LocalDate today() {
        return calendar.today();
    }

    private Condition where(QueueFilter filter, Caller staff) {
        StringBuilder sql = new StringBuilder(" WHERE C.CLOSED = FALSE");
        List<Object> values = new ArrayList<>();
        if (filter.view() == QueueView.MINE) {
            sql.append(" AND C.ASSIGNEE_ID = ?");
            values.add(staff.accountId());
        } else {
            Condition team = team(staff);
            sql.append(team.sql());
            values.addAll(team.values());
            if (filter.view() == QueueView.UNASSIGNED) {
                sql.append(" AND C.ASSIGNEE_ID IS NULL");
            }
        }
        if (filter.module() != null) {
            sql.append(" AND C.MODULE = ?");
            values.add(filter.module());
        }
        if (filter.status() != null) {
            sql.append(" AND C.STATUS = ?");
            values.add(filter.status());
        }
        LocalDate today = calendar.today();
        if (QueueFilter.SOON.equals(filter.due())) {
            sql.append(" AND C.DUE_ON >= ? AND C.DUE_ON <= ?");
            values.add(today);
            values.add(calendar.addWorkingDays(today, 1));
        } else if (QueueFilter.OVERDUE.equals(filter.due())) {
            sql.append(" AND C.DUE_ON < ?");
            values.add(today);
        }
        return new Condition(sql.toString(), values);
    }

    /** The cases of {@code staff}'s team: all for a supervisor, else those of the types their roles cover. */
    private Condition team(Caller staff) {
        if (staff.has(Role.SUPERVISOR)) {
            return new Condition("", List.of());
        }
        List<RegisteredType> covered = workflows.all().stream()
                .filter(t -> t.workflow().staffRoles().stream().anyMatch(staff.roles()::contains)).toList();
        if (covered.isEmpty()) {
            return new Condition(" AND 1 = 0", List.of());
        }
        StringBuilder sql = new StringBuilder(" AND (");
        List<Object> values = new ArrayList<>();
        for (RegisteredType type : covered) {
            sql.append(values.isEmpty() ? "" : " OR ").append("(C.MODULE = ? AND C.CASE_TYPE = ?)");
            values.add(type.module());
            values.add(type.caseType());
        }
        return new Condition(sql.append(')').toString(), values);
    }
}
