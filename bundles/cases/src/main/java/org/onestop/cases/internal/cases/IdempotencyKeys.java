package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.schema.UtcColumns;

/**
 * The idempotency keys applicants sent with the cases they opened, in {@code CASES.CASE_IDEMPOTENCY}: a key is
 * remembered in the transaction that opens the case, so a retry after the commit finds the first case, and a retry
 * while the first request is still in flight is refused by the key's uniqueness and told to try again.
 */
final class IdempotencyKeys {

    static final int KEY_MAX = 200;
    private static final String DUPLICATE_KEY = "23505";

    private IdempotencyKeys() {
    }

    /** The case opened before with {@code key} by the account; refuses a key that is not visible ASCII. */
    static Optional<CaseFile> seen(Connection tx, CaseRows rows, long accountId, String key) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT CASE_ID FROM CASES.CASE_IDEMPOTENCY"
                + " WHERE ACCOUNT_ID = ? AND IDEMPOTENCY_KEY = ?")) {
            select.setLong(1, accountId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? rows.byId(tx, row.getLong(1)) : Optional.empty();
            }
        }
    }

    static void remember(Connection tx, long accountId, String key, long caseId, Instant now)
            throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CASES.CASE_IDEMPOTENCY (ACCOUNT_ID,"
                + " IDEMPOTENCY_KEY, CASE_ID, CREATED_AT) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, accountId);
            insert.setString(2, key);
            insert.setLong(3, caseId);
            UtcColumns.set(insert, 4, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                // the same key is being used by a request still in flight: the client retries and gets its receipt
                throw CaseRefusal.conflict("case.refused.idempotencyKeyInFlight");
            }
            throw e;
        }
    }
}
