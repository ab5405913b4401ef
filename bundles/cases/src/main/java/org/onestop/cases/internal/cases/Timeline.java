package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.CaseEvent;
import org.onestop.api.identity.Caller;
import org.onestop.api.schema.UtcColumns;

/**
 * The append-only timeline of cases in {@code CASES.CASE_EVENT}: rows are inserted, never updated or deleted.
 * Every event also moves the case's version and update time on, so that a move made on a stale view of the case is
 * noticed.
 */
public final class Timeline {

    static final int COMMENT_MAX = 4000;

    private final Clock clock;

    public Timeline(Clock clock) {
        this.clock = clock;
    }

    /** One thing that happened to a case. */
    public record Entry(String kind, String transition, String fromStatus, String toStatus, String comment,
            boolean forApplicant) {

        public static Entry of(String kind, String comment, boolean forApplicant) {
            return new Entry(kind, null, null, null, comment, forApplicant);
        }
    }

    /** Appends {@code entry} for the case {@code caseId}, done by {@code actor} (null: the gateway); its id. */
    public long append(Connection tx, long caseId, Entry entry, Caller actor) throws SQLException {
        long id;
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CASES.CASE_EVENT"
                + " (CASE_ID, HAPPENED_AT, KIND, ACTOR_ID, ACTOR_NAME, TRANSITION, FROM_STATUS, TO_STATUS,"
                + " COMMENT_TEXT, FOR_APPLICANT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, caseId);
            UtcColumns.set(insert, 2, clock.instant());
            insert.setString(3, entry.kind());
            if (actor == null || !actor.signedIn()) {
                insert.setNull(4, Types.BIGINT);
                insert.setNull(5, Types.VARCHAR);
            } else {
                insert.setLong(4, actor.accountId());
                insert.setString(5, actor.displayName());
            }
            insert.setString(6, entry.transition());
            insert.setString(7, entry.fromStatus());
            insert.setString(8, entry.toStatus());
            insert.setString(9, entry.comment());
            insert.setBoolean(10, entry.forApplicant());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement touch = tx.prepareStatement("UPDATE CASES.CASE_FILE SET VERSION = VERSION + 1,"
                + " UPDATED_AT = ? WHERE ID = ?")) {
            UtcColumns.set(touch, 1, clock.instant());
            touch.setLong(2, caseId);
            touch.executeUpdate();
        }
        return id;
    }

    /** The events of a case, oldest first; only those for the applicant when {@code applicantView}. */
    public List<CaseEvent> read(Connection connection, long caseId, boolean applicantView,
            Map<Long, List<Attachment>> attachmentsByEvent) throws SQLException {
        List<CaseEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, HAPPENED_AT, KIND, ACTOR_NAME,"
                + " TRANSITION, FROM_STATUS, TO_STATUS, COMMENT_TEXT, FOR_APPLICANT FROM CASES.CASE_EVENT"
                + " WHERE CASE_ID = ?"
                + (applicantView ? " AND FOR_APPLICANT = TRUE" : "") + " ORDER BY ID")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(new CaseEvent(UtcColumns.get(row, 2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                            row.getBoolean(9), attachmentsByEvent.getOrDefault(row.getLong(1), List.of())));
                }
            }
        }
        return events;
    }
}
