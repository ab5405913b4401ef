package org.onestop.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.onestop.platform.internal.audit.Verification.Problem;
import org.onestop.platform.internal.db.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Walks the audit trail in sequence order and reports it intact or names the first entry that is wrong: altered
 * (its hash no longer matches its fields), missing (a gap, including at the end against the head), out of order
 * (its previous hash is not the hash of the entry before it), or stray (outside the numbers the head has handed
 * out). Writers are held back only for the moment the head is read; entries recorded during the walk are left for
 * the next one.
 */
@Component(service = ChainCheck.class, immediate = true)
public final class ChainCheck {

    private static final int BATCH = 500;
    private static final String COLUMNS = "SEQ, RECORDED_AT, ACTOR, ACTION, TARGET, CLIENT_ADDRESS, DETAIL,"
            + " PREVIOUS_HASH, ENTRY_HASH";

    private final DataSource database;

    @Activate
    public ChainCheck(@Reference(target = Database.PLATFORM) DataSource database) {
        this.database = database;
    }

    /** The head as it was when the walk began, and the first entry found outside its numbers. */
    private record Head(long lastSequence, String lastHash, Long strayBelow, Long strayAbove) {
    }

    public Verification verify() throws SQLException {
        try (Connection connection = database.getConnection()) {
            Head head = head(connection);
            if (head == null) {
                return Verification.broken(0, 1, Problem.HEAD_MISSING, null);
            }
            if (head.strayBelow() != null) {
                return Verification.broken(0, head.strayBelow(), Problem.STRAY, head.lastSequence());
            }
            return walk(connection, head);
        }
    }

    private static Verification walk(Connection connection, Head head) throws SQLException {
        long expected = 1;
        String previousHash = EntryHash.GENESIS;
        try (PreparedStatement batch = connection.prepareStatement("SELECT " + COLUMNS + " FROM PLATFORM.AUDIT_ENTRY"
                + " WHERE SEQ >= ? AND SEQ <= ? ORDER BY SEQ FETCH FIRST " + BATCH + " ROWS ONLY")) {
            boolean more = true;
            while (more) {
                batch.setLong(1, expected);
                batch.setLong(2, head.lastSequence());
                int read = 0;
                try (ResultSet rows = batch.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        RecordedEntry entry = TrailSearch.entry(rows);
                        long checked = expected - 1;
                        if (entry.sequence() != expected) {
                            return Verification.broken(checked, expected, Problem.MISSING, expected - 1);
                        }
                        if (!entry.expectedHash().equals(entry.hash())) {
                            return Verification.broken(checked, expected, Problem.ALTERED, null);
                        }
                        if (!entry.previousHash().equals(previousHash)) {
                            return Verification.broken(checked, expected, Problem.OUT_OF_ORDER, expected - 1);
                        }
                        previousHash = entry.hash();
                        expected++;
                    }
                }
                more = read == BATCH;
            }
        }
        long checked = expected - 1;
        if (checked < head.lastSequence()) {
            return Verification.broken(checked, expected, Problem.MISSING, checked);
        }
        if (!previousHash.equals(head.lastHash())) {
            return Verification.broken(Math.max(0, checked - 1), checked, Problem.HEAD_MISMATCH, null);
        }
        if (head.strayAbove() != null) {
            return Verification.broken(checked, head.strayAbove(), Problem.STRAY, head.lastSequence());
        }
        return Verification.intact(checked);
    }

    /**
     * Reads the head and looks for entries outside its numbers while holding the head's row lock, so that no
     * writer's entry is half-seen; the lock is released at once.
     */
    private static Head head(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Head head = null;
            try (PreparedStatement lock = connection.prepareStatement(
                    "UPDATE PLATFORM.AUDIT_HEAD SET LAST_SEQ = LAST_SEQ WHERE ID = 1")) {
                if (lock.executeUpdate() == 1) {
                    head = readHead(connection);
                }
            }
            connection.commit();
            return head;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Head readHead(Connection connection) throws SQLException {
        TrailHead head = TrailHead.read(connection);
        long last = head.lastSequence();
        return new Head(last, head.lastHash(), smallest(connection, "SEQ < 1", last),
                smallest(connection, "SEQ > ?", last));
    }

    private static Long smallest(Connection connection, String condition, long last) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MIN(SEQ) FROM PLATFORM.AUDIT_ENTRY WHERE " + condition)) {
            if (condition.contains("?")) {
                select.setLong(1, last);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long value = rows.getLong(1);
                return rows.wasNull() ? null : value;
            }
        }
    }
}
