package org.onestop.cnipa.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The visits' rows in {@code CNIPA.VISIT}, {@code VISIT_ROUND} and {@code VISIT_PROBLEM}, within the caller's work. */
@Component(service = VisitStore.class)
public final class VisitStore {

    private final DataSource database;

    @Activate
    public VisitStore(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=CNIPA)") DataSource database) {
        this.database = database;
    }

    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    /** Stores a new visit with its first round, submitted on {@code day}. */
    void insert(Connection tx, long caseId, String trackingNumber, String business, String note, Instant at,
            LocalDate day) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CNIPA.VISIT (CASE_ID, TRACKING_NUMBER,"
                + " BUSINESS, NOTE, STATUS, SUBMITTED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, trackingNumber);
            insert.setString(3, business);
            insert.setString(4, note);
            insert.setString(5, VisitWorkflow.SUBMITTED);
            UtcColumns.set(insert, 6, at);
            insert.executeUpdate();
        }
        round(tx, caseId, 1, day);
    }

    /** Opens round {@code round} of the visit, submitted on {@code day}. */
    void round(Connection tx, long caseId, int round, LocalDate day) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CNIPA.VISIT_ROUND (CASE_ID, ROUND,"
                + " SUBMITTED_ON) VALUES (?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setInt(2, round);
            insert.setDate(3, Date.valueOf(day));
            insert.executeUpdate();
        }
    }

    /** Stores the clerk's answer to round {@code round}, given on {@code day}, with its list in order. */
    void answer(Connection tx, long caseId, int round, VisitAnswer answer, LocalDate day) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE CNIPA.VISIT_ROUND SET ANSWERED_ON = ?,"
                + " COMPLETE = ? WHERE CASE_ID = ? AND ROUND = ? AND ANSWERED_ON IS NULL")) {
            update.setDate(1, Date.valueOf(day));
            update.setInt(2, answer.complete() ? 1 : 0);
            update.setLong(3, caseId);
            update.setInt(4, round);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("Round " + round + " of case " + caseId + " is not open");
            }
        }
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CNIPA.VISIT_PROBLEM (CASE_ID, ROUND,"
                + " POSITION, TEXT, IS_NEW, REASON) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (VisitProblem p : answer.problems()) {
                insert.setLong(1, caseId);
                insert.setInt(2, round);
                insert.setInt(3, ++position);
                insert.setString(4, p.text());
                insert.setInt(5, p.newFinding() ? 1 : 0);
                if (p.reason().isEmpty()) {
                    insert.setNull(6, Types.VARCHAR);
                } else {
                    insert.setString(6, p.reason());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Records the patent office's receipt at the window. */
    void receipt(Connection tx, long caseId, String number, LocalDate date) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE CNIPA.VISIT SET RECEIPT_NUMBER = ?,"
                + " RECEIPT_DATE = ? WHERE CASE_ID = ?")) {
            update.setString(1, number);
            update.setDate(2, Date.valueOf(date));
            update.setLong(3, caseId);
            update.executeUpdate();
        }
    }

    /** Records the outcome the clerk closes the visit with, and the reason or remark (may be empty). */
    void outcome(Connection tx, long caseId, VisitOutcome outcome, String reason) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE CNIPA.VISIT SET OUTCOME = ?, OUTCOME_REASON = ?"
                + " WHERE CASE_ID = ?")) {
            update.setString(1, outcome.code());
            update.setString(2, reason);
            update.setLong(3, caseId);
            update.executeUpdate();
        }
    }

    /** Keeps the visit's status in step with its case; {@code closedOn} when it reached a closed status. */
    void status(Connection tx, long caseId, String status, LocalDate closedOn) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE CNIPA.VISIT SET STATUS = ?, CLOSED_ON = ?"
                + " WHERE CASE_ID = ?")) {
            update.setString(1, status);
            update.setDate(2, closedOn == null ? null : Date.valueOf(closedOn));
            update.setLong(3, caseId);
            update.executeUpdate();
        }
    }

    /** The visit of case {@code caseId}, with its rounds and their lists. */
    Optional<VisitRecord> find(Connection tx, long caseId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT TRACKING_NUMBER, BUSINESS, NOTE, STATUS,"
                + " SUBMITTED_AT, RECEIPT_NUMBER, RECEIPT_DATE, CLOSED_ON, OUTCOME, OUTCOME_REASON FROM CNIPA.VISIT"
                + " WHERE CASE_ID = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new VisitRecord(caseId, row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), UtcColumns.get(row, 5), rounds(tx, caseId), row.getString(6),
                        day(row.getDate(7)), day(row.getDate(8)), row.getString(9),
                        row.getString(10)));
            }
        }
    }

    /** The visit of case {@code caseId} in a unit of work of its own. */
    Optional<VisitRecord> find(long caseId) throws SQLException {
        return work().call(tx -> find(tx, caseId));
    }

    private static List<VisitRound> rounds(Connection tx, long caseId) throws SQLException {
        List<VisitRound> rounds = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT ROUND, SUBMITTED_ON, ANSWERED_ON, COMPLETE"
                + " FROM CNIPA.VISIT_ROUND WHERE CASE_ID = ? ORDER BY ROUND")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int complete = row.getInt(4);
                    Boolean answer = row.wasNull() ? null : complete == 1;
                    rounds.add(new VisitRound(row.getInt(1), day(row.getDate(2)), day(row.getDate(3)), answer,
                            problems(tx, caseId, row.getInt(1))));
                }
            }
        }
        return rounds;
    }

    private static List<VisitProblem> problems(Connection tx, long caseId, int round) throws SQLException {
        List<VisitProblem> problems = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT TEXT, IS_NEW, REASON FROM CNIPA.VISIT_PROBLEM"
                + " WHERE CASE_ID = ? AND ROUND = ? ORDER BY POSITION")) {
            select.setLong(1, caseId);
            select.setInt(2, round);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    problems.add(new VisitProblem(row.getString(1), row.getInt(2) == 1, row.getString(3)));
                }
            }
        }
        return problems;
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
