package org.onestop.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onestop.api.identity.Caller;
import org.onestop.api.schema.SqlFailures;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;

/** The enrolment table: the rolls of the sessions, read and written within the caller's transaction. */
final class Rolls {

    private static final String COLUMNS = "ID, SESSION_ID, ACCOUNT_ID, STATUS, ENROLLED_AT, OFFER_EXPIRES";
    private static final String ACTIVE = "('confirmed', 'offered', 'waiting')";
    private static final int ATTEMPTS = 5;
    /** A person's own enrolment, not one of an attendee they named (V5). */
    private static final String OWN = " AND ATTENDEE_NAME IS NULL";

    private Rolls() {
    }

    /**
     * Takes the session's row lock for the rest of the transaction (an UPDATE, which waits for any other
     * transaction changing the session) and reads the session; 404 when there is none.
     */
    static TrainingSession lock(Connection tx, Catalogue catalogue, long sessionId) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TRAINING.COURSE_SESSION SET TURN = TURN + 1"
                + " WHERE ID = ?")) {
            update.setLong(1, sessionId);
            if (update.executeUpdate() == 0) {
                throw Catalogue.noSession();
            }
        }
        return catalogue.session(tx, sessionId).orElseThrow(Catalogue::noSession);
    }

    /** Runs the work in a transaction, again (up to five times) when the database chose it as a deadlock's victim. */
    static <T> T retrying(UnitOfWork work, UnitOfWork.Work<T, RuntimeException> step) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                return work.call(step);
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !SqlFailures.deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    static void hold(Connection tx, long sessionId, int change) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TRAINING.COURSE_SESSION SET HELD = HELD + ?"
                + " WHERE ID = ?")) {
            update.setInt(1, change);
            update.setLong(2, sessionId);
            update.executeUpdate();
        }
    }

    static Enrolment insert(Connection tx, long sessionId, Caller caller, String status, Instant now)
            throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TRAINING.ENROLMENT (SESSION_ID, ACCOUNT_ID,"
                + " ORGANISATION_ID, STATUS, ENROLLED_AT, OFFER_EXPIRES, CHANGED_AT) VALUES (?, ?, ?, ?, ?, NULL, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, sessionId);
            insert.setLong(2, caller.accountId());
            if (caller.organisationId() == null) {
                insert.setNull(3, java.sql.Types.BIGINT);
            } else {
                insert.setLong(3, caller.organisationId());
            }
            insert.setString(4, status);
            UtcColumns.set(insert, 5, now);
            UtcColumns.set(insert, 6, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Enrolment(keys.getLong(1), sessionId, caller.accountId(), status,
                        UtcColumns.storable(now), null, 0);
            }
        }
    }

    static void change(Connection tx, long enrolmentId, String status, Instant offerExpires, Instant now)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TRAINING.ENROLMENT SET STATUS = ?,"
                + " OFFER_EXPIRES = ?, CHANGED_AT = ? WHERE ID = ?")) {
            update.setString(1, status);
            UtcColumns.set(update, 2, offerExpires);
            UtcColumns.set(update, 3, now);
            update.setLong(4, enrolmentId);
            update.executeUpdate();
        }
    }

    static Optional<Enrolment> enrolment(Connection tx, long id) throws SQLException {
        List<Enrolment> found = select(tx, "WHERE ID = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(positioned(tx, found.get(0)));
    }

    static Optional<Enrolment> activeOf(Connection tx, long sessionId, long accountId) throws SQLException {
        return select(tx, "WHERE SESSION_ID = ? AND ACCOUNT_ID = ? AND STATUS IN " + ACTIVE + OWN, sessionId,
                accountId).stream().findFirst();
    }

    /** The account's latest enrolment of its own (not one of a named attendee) in the session, if any. */
    static Optional<Enrolment> latestOwn(Connection tx, long sessionId, long accountId) throws SQLException {
        List<Enrolment> found = select(tx, "WHERE SESSION_ID = ? AND ACCOUNT_ID = ?" + OWN + " ORDER BY ID DESC",
                sessionId, accountId);
        return found.isEmpty() ? Optional.empty() : Optional.of(positioned(tx, found.get(0)));
    }

    static int activeOfOrganisation(Connection tx, long sessionId, long organisationId) throws SQLException {
        return select(tx, "WHERE SESSION_ID = ? AND ORGANISATION_ID = ? AND STATUS IN " + ACTIVE, sessionId,
                organisationId).size();
    }

    /** The session's waitlist, first in line first. */
    static List<Enrolment> waiting(Connection tx, long sessionId) throws SQLException {
        return select(tx, "WHERE SESSION_ID = ? AND STATUS = 'waiting' ORDER BY ID", sessionId);
    }

    static List<Enrolment> expired(Connection tx, long sessionId, Instant now) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM TRAINING.ENROLMENT"
                + " WHERE SESSION_ID = ? AND STATUS = 'offered' AND OFFER_EXPIRES <= ? ORDER BY ID")) {
            select.setLong(1, sessionId);
            UtcColumns.set(select, 2, now);
            return read(select);
        }
    }

    static boolean expiredOffers(Connection tx, long sessionId, Instant now) throws SQLException {
        return !expired(tx, sessionId, now).isEmpty();
    }

    static List<Long> sessionsWithExpiredOffers(Connection tx, Instant now) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT DISTINCT SESSION_ID FROM TRAINING.ENROLMENT"
                + " WHERE STATUS = 'offered' AND OFFER_EXPIRES <= ?")) {
            UtcColumns.set(select, 1, now);
            try (ResultSet rows = select.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        }
    }

    static List<Enrolment> ofAccount(Connection tx, long accountId) throws SQLException {
        List<Enrolment> mine = new ArrayList<>();
        for (Enrolment e : select(tx, "WHERE ACCOUNT_ID = ? ORDER BY ID DESC", accountId)) {
            mine.add(positioned(tx, e));
        }
        return mine;
    }

    static List<Enrolment> ofSession(Connection tx, long sessionId) throws SQLException {
        List<Enrolment> all = new ArrayList<>();
        int line = 0;
        for (Enrolment e : select(tx, "WHERE SESSION_ID = ? ORDER BY ID", sessionId)) {
            all.add(Enrolment.WAITING.equals(e.status()) ? e.at(++line) : e);
        }
        return all;
    }

    /** The enrolment with its place in line when it waits. */
    static Enrolment positioned(Connection tx, Enrolment e) throws SQLException {
        if (!Enrolment.WAITING.equals(e.status())) {
            return e;
        }
        try (PreparedStatement count = tx.prepareStatement("SELECT COUNT(*) FROM TRAINING.ENROLMENT"
                + " WHERE SESSION_ID = ? AND STATUS = 'waiting' AND ID <= ?")) {
            count.setLong(1, e.sessionId());
            count.setLong(2, e.id());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return e.at(row.getInt(1));
            }
        }
    }

    private static List<Enrolment> select(Connection tx, String where, long... values) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM TRAINING.ENROLMENT "
                + where)) {
            for (int i = 0; i < values.length; i++) {
                select.setLong(i + 1, values[i]);
            }
            return read(select);
        }
    }

    private static List<Enrolment> read(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<Enrolment> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Enrolment(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4),
                        UtcColumns.get(rows, 5), UtcColumns.get(rows, 6), 0));
            }
            return found;
        }
    }
}
