package org.onestop.assistance.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.identity.Caller;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The handling actions of cases and their closing, in the module's schema. */
@Component(service = HandlingStore.class)
public final class HandlingStore {

    /** A case's closing as stored. */
    public record ClosingRecord(String outcome, String summary, Instant closedAt) {

        /** The message key of the outcome's name. */
        public String outcomeKey() {
            return "assistance.outcome." + outcome;
        }
    }

    private final DataSource database;

    @Activate
    public HandlingStore(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=ASSISTANCE)") DataSource database) {
        this.database = database;
    }

    /** One transaction on the module's schema. */
    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    /** Stores an action (already checked) not yet on the timeline; returns its number. */
    long insert(Connection tx, long caseId, HandlingAction action, Caller officer, Instant at) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO ASSISTANCE.HANDLING_ACTION (CASE_ID, KIND,"
                + " PUBLIC_TEXT, INTERNAL_NOTE, COUNTERPART, HAPPENED_ON, ANSWER_DUE, ANSWER_OF, RECORDED_BY,"
                + " RECORDED_BY_NAME, RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, caseId);
            insert.setString(2, action.kind());
            insert.setString(3, action.text());
            insert.setString(4, action.note());
            insert.setString(5, action.counterpart());
            date(insert, 6, action.day());
            date(insert, 7, action.actionKind().orElseThrow() == ActionKind.ENFORCEMENT ? action.dueDay() : null);
            if (action.answerOf() == null) {
                insert.setNull(8, Types.BIGINT);
            } else {
                insert.setLong(8, action.answerOf());
            }
            insert.setLong(9, officer.accountId());
            insert.setString(10, officer.displayName() == null ? officer.actor() : officer.displayName());
            UtcColumns.set(insert, 11, at);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Marks the case's one action of {@code kind} not yet on the timeline as on it; false when there is none. */
    boolean recorded(Connection tx, long caseId, ActionKind kind) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE ASSISTANCE.HANDLING_ACTION SET RECORDED = 1"
                + " WHERE CASE_ID = ? AND KIND = ? AND RECORDED = 0")) {
            update.setLong(1, caseId);
            update.setString(2, kind.code());
            return update.executeUpdate() > 0;
        }
    }

    /** The case's actions, oldest first, each hand-over with its answer once recorded. */
    List<RecordedAction> actions(Connection connection, long caseId, String opinionBase) throws SQLException {
        Map<Long, RecordedAction> actions = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, KIND, PUBLIC_TEXT, INTERNAL_NOTE,"
                + " COUNTERPART, HAPPENED_ON, ANSWER_DUE, ANSWER_OF, RECORDED_BY_NAME, RECORDED_AT"
                + " FROM ASSISTANCE.HANDLING_ACTION WHERE CASE_ID = ? AND RECORDED = 1 ORDER BY ID")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    long answerOf = row.getLong(8);
                    Long answered = row.wasNull() ? null : answerOf;
                    String kind = row.getString(2);
                    RecordedAction action = new RecordedAction(id, kind, row.getString(3), row.getString(4),
                            row.getString(5), day(row.getDate(6)), day(row.getDate(7)), answered, null, null,
                            row.getString(9), UtcColumns.get(row, 10),
                            ActionKind.OPINION.code().equals(kind) ? opinionBase + id + ".pdf" : null);
                    actions.put(id, action);
                    if (answered != null && actions.containsKey(answered)) {
                        actions.put(answered, actions.get(answered).answered(action));
                    }
                }
            }
        }
        return new ArrayList<>(actions.values());
    }

    /** Whether the case was already marked complex. */
    boolean complex(Connection tx, long caseId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT COUNT(*) FROM ASSISTANCE.HANDLING_ACTION"
                + " WHERE CASE_ID = ? AND KIND = ? AND RECORDED = 1")) {
            select.setLong(1, caseId);
            select.setString(2, ActionKind.COMPLEX.code());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }

    /** Stores the closing (already checked) before the case moves. */
    void close(Connection tx, long caseId, Closing closing, Caller officer, Instant at) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO ASSISTANCE.CLOSING (CASE_ID, OUTCOME,"
                + " SUMMARY, CLOSED_BY, CLOSED_AT) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, closing.outcome());
            insert.setString(3, closing.summary());
            insert.setLong(4, officer.accountId());
            UtcColumns.set(insert, 5, at);
            insert.executeUpdate();
        }
    }

    /** Marks the closing as on the timeline; false when the case has no closing waiting for it. */
    boolean closingRecorded(Connection tx, long caseId) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE ASSISTANCE.CLOSING SET RECORDED = 1"
                + " WHERE CASE_ID = ? AND RECORDED = 0")) {
            update.setLong(1, caseId);
            return update.executeUpdate() > 0;
        }
    }

    /** The case's closing, if it was closed. */
    Optional<ClosingRecord> closing(Connection connection, long caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT OUTCOME, SUMMARY, CLOSED_AT"
                + " FROM ASSISTANCE.CLOSING WHERE CASE_ID = ? AND RECORDED = 1")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new ClosingRecord(row.getString(1), row.getString(2),
                        UtcColumns.get(row, 3))) : Optional.empty();
            }
        }
    }

    private static void date(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(day));
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
