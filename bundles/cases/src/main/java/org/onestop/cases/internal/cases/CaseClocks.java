package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onestop.api.cases.ClockEffect;
import org.onestop.api.cases.DayCount;
import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Workflow;
import org.onestop.api.cases.WorkingCalendar;

/**
 * The deadline clocks of cases in {@code CASES.CASE_CLOCK}, counted in working days (or calendar days, ending
 * on a working day, for a {@link DayCount#CALENDAR} deadline): a start sets the due date that many days after today;
 * a pause keeps the working days left; a resume counts them on from today; an extension gives a running or paused
 * clock more days; a stop ends the clock. The case's {@code DUE_ON} is kept as the earliest due date of its running
 * clocks.
 */
public final class CaseClocks {

    private final WorkingCalendar calendar;

    public CaseClocks(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Applies {@code effects} of a move made today, then refreshes the case's due date. */
    public void apply(Connection tx, long caseId, Workflow workflow, List<ClockEffect> effects) throws SQLException {
        LocalDate today = calendar.today();
        for (ClockEffect effect : effects) {
            Deadline deadline = workflow.deadline(effect.deadline()).orElseThrow();
            Optional<ClockState> now = read(tx, caseId, workflow, deadline.code());
            switch (effect.action()) {
                case START -> start(tx, caseId, deadline, today, now.isPresent());
                case PAUSE -> {
                    if (now.isPresent() && now.get().running()) {
                        int left = Math.max(0, daysBetween(calendar, deadline, today, now.get().dueOn()));
                        update(tx, "UPDATE CASES.CASE_CLOCK SET STATE = 'PAUSED', DAYS_LEFT = ?"
                                + " WHERE CASE_ID = ? AND DEADLINE = ?", left, caseId, deadline.code());
                    }
                }
                case RESUME -> {
                    if (now.isPresent() && "PAUSED".equals(now.get().state())) {
                        LocalDate due = dueAfter(calendar, deadline, today, now.get().daysLeft());
                        try (PreparedStatement resume = tx.prepareStatement("UPDATE CASES.CASE_CLOCK"
                                + " SET STATE = 'RUNNING', DUE_ON = ?, DAYS_LEFT = NULL, WARNED = 0"
                                + " WHERE CASE_ID = ? AND DEADLINE = ?")) {
                            resume.setDate(1, Date.valueOf(due));
                            resume.setLong(2, caseId);
                            resume.setString(3, deadline.code());
                            resume.executeUpdate();
                        }
                    }
                }
                case STOP -> update(tx, "UPDATE CASES.CASE_CLOCK SET STATE = 'STOPPED', DAYS_LEFT = NULL"
                        + " WHERE CASE_ID = ? AND DEADLINE = ? AND STATE IN ('RUNNING', 'PAUSED')", null, caseId,
                        deadline.code());
                case EXTEND -> extend(tx, caseId, deadline, now, effect.days());
                default -> throw new IllegalStateException(effect.action().name());
            }
        }
        refreshDue(tx, caseId);
    }

    /**
     * The day a clock of {@code deadline} started (or resumed) on {@code from} with {@code days} to run is due: that
     * many working days later, or that many calendar days later moved on to the next working day.
     */
    static LocalDate dueAfter(WorkingCalendar calendar, Deadline deadline, LocalDate from, int days) {
        if (deadline.count() == DayCount.WORKING) {
            return calendar.addWorkingDays(from, days);
        }
        return calendar.addCalendarDays(from, days);
    }

    /** The days of {@code deadline}'s kind from {@code from} to {@code to} (negative when {@code to} is before). */
    public static int daysBetween(WorkingCalendar calendar, Deadline deadline, LocalDate from, LocalDate to) {
        return deadline.count() == DayCount.WORKING ? calendar.workingDaysBetween(from, to)
                : (int) java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    /** Stops every clock of a case that reached a final status. */
    public void stopAll(Connection tx, long caseId) throws SQLException {
        update(tx, "UPDATE CASES.CASE_CLOCK SET STATE = 'STOPPED', DAYS_LEFT = NULL"
                + " WHERE CASE_ID = ? AND STATE IN ('RUNNING', 'PAUSED')", null, caseId, null);
        refreshDue(tx, caseId);
    }

    /** Marks a clock that ran out and whose expiry the gateway acts on. */
    public void expire(Connection tx, long caseId, String deadline) throws SQLException {
        update(tx, "UPDATE CASES.CASE_CLOCK SET STATE = 'EXPIRED' WHERE CASE_ID = ? AND DEADLINE = ?"
                + " AND STATE = 'RUNNING'", null, caseId, deadline);
        refreshDue(tx, caseId);
    }

    /** The clocks of a case, in the order the workflow declares its deadlines. */
    public List<ClockState> of(Connection connection, long caseId, Workflow workflow) throws SQLException {
        List<ClockState> clocks = new ArrayList<>();
        for (Deadline deadline : workflow.deadlines()) {
            read(connection, caseId, workflow, deadline.code()).ifPresent(clocks::add);
        }
        return clocks;
    }

    private static Optional<ClockState> read(Connection connection, long caseId, Workflow workflow, String code)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT STATE, DUE_ON, DAYS_LEFT"
                + " FROM CASES.CASE_CLOCK WHERE CASE_ID = ? AND DEADLINE = ?")) {
            select.setLong(1, caseId);
            select.setString(2, code);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Date due = row.getDate(2);
                int left = row.getInt(3);
                Integer daysLeft = row.wasNull() ? null : left;
                return Optional.of(new ClockState(workflow.deadline(code).orElseThrow(), row.getString(1),
                        due == null ? null : due.toLocalDate(), daysLeft));
            }
        }
    }

    private void start(Connection tx, long caseId, Deadline deadline, LocalDate today, boolean exists)
            throws SQLException {
        LocalDate due = dueAfter(calendar, deadline, today, deadline.workingDays());
        String sql = exists
                ? "UPDATE CASES.CASE_CLOCK SET STATE = 'RUNNING', STARTED_ON = ?, DUE_ON = ?, DAYS_LEFT = NULL,"
                        + " WARNED = 0 WHERE CASE_ID = ? AND DEADLINE = ?"
                : "INSERT INTO CASES.CASE_CLOCK (STARTED_ON, DUE_ON, CASE_ID, DEADLINE, STATE, WARNED)"
                        + " VALUES (?, ?, ?, ?, 'RUNNING', 0)";
        try (PreparedStatement statement = tx.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(today));
            statement.setDate(2, Date.valueOf(due));
            statement.setLong(3, caseId);
            statement.setString(4, deadline.code());
            statement.executeUpdate();
        }
    }

    /**
     * A running clock's due date moves on by {@code days} (and may warn again); a paused one keeps them with its
     * days left.
     */
    private void extend(Connection tx, long caseId, Deadline deadline, Optional<ClockState> now, int days)
            throws SQLException {
        if (now.isPresent() && now.get().running()) {
            try (PreparedStatement later = tx.prepareStatement("UPDATE CASES.CASE_CLOCK SET DUE_ON = ?, WARNED = 0"
                    + " WHERE CASE_ID = ? AND DEADLINE = ?")) {
                later.setDate(1, Date.valueOf(dueAfter(calendar, deadline, now.get().dueOn(), days)));
                later.setLong(2, caseId);
                later.setString(3, deadline.code());
                later.executeUpdate();
            }
        } else if (now.isPresent() && "PAUSED".equals(now.get().state())) {
            update(tx, "UPDATE CASES.CASE_CLOCK SET DAYS_LEFT = DAYS_LEFT + ? WHERE CASE_ID = ? AND DEADLINE = ?",
                    days, caseId, deadline.code());
        }
    }

    private static void refreshDue(Connection tx, long caseId) throws SQLException {
        try (PreparedStatement due = tx.prepareStatement("UPDATE CASES.CASE_FILE SET DUE_ON = (SELECT MIN(k.DUE_ON)"
                + " FROM CASES.CASE_CLOCK k WHERE k.CASE_ID = ? AND k.STATE = 'RUNNING') WHERE ID = ?")) {
            due.setLong(1, caseId);
            due.setLong(2, caseId);
            due.executeUpdate();
        }
    }

    private static void update(Connection tx, String sql, Integer number, long caseId, String deadline)
            throws SQLException {
        try (PreparedStatement statement = tx.prepareStatement(sql)) {
            int i = 1;
            if (number != null) {
                statement.setInt(i++, number);
            }
            statement.setLong(i++, caseId);
            if (deadline != null) {
                statement.setString(i, deadline);
            }
            statement.executeUpdate();
        }
    }
}
