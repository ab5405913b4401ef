package org.onestop.platform.internal.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.onestop.api.schema.UtcColumns;

/**
 * One-time links sent by email: confirm an email, reset a password, set a new staff member's password. A link
 * works once, until it expires; a new link of the same purpose replaces the older ones.
 */
public final class AccountLinks {

    /** What a link is for. */
    public enum Purpose {
        CONFIRM, RESET, INVITATION
    }

    /** Issues a link token for {@code accountId}; only its hash is stored. */
    public String issue(Connection c, long accountId, Purpose purpose, Instant now, Duration validity)
            throws SQLException {
        AccountStore.update(c, "UPDATE ACCOUNT_LINK SET USED_AT = ? WHERE ACCOUNT_ID = ? AND PURPOSE = ? "
                + "AND USED_AT IS NULL", now, accountId, purpose.name());
        String token = Secrets.newToken();
        AccountStore.update(c, "INSERT INTO ACCOUNT_LINK (TOKEN_HASH, ACCOUNT_ID, PURPOSE, CREATED_AT, EXPIRES_AT) "
                + "VALUES (?, ?, ?, ?, ?)", Secrets.sha256(token), accountId, purpose.name(), now,
                now.plus(validity));
        return token;
    }

    /** Whether {@code token} is a live link of {@code purpose}, without using it: its account, or empty. */
    public OptionalLong peek(Connection c, String token, Purpose purpose, Instant now) throws SQLException {
        if (token == null || token.isBlank()) {
            return OptionalLong.empty();
        }
        try (PreparedStatement select = c.prepareStatement("SELECT ACCOUNT_ID FROM ACCOUNT_LINK WHERE TOKEN_HASH = ? "
                + "AND PURPOSE = ? AND USED_AT IS NULL AND EXPIRES_AT > ?")) {
            select.setString(1, Secrets.sha256(token));
            select.setString(2, purpose.name());
            UtcColumns.set(select, 3, now);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Uses {@code token}: answers its account if it was live, and marks it used in the caller's transaction, so
     * that of two concurrent uses only one succeeds.
     */
    public OptionalLong redeem(Connection c, String token, Purpose purpose, Instant now) throws SQLException {
        OptionalLong account = peek(c, token, purpose, now);
        if (account.isEmpty()) {
            return account;
        }
        int used = AccountStore.update(c, "UPDATE ACCOUNT_LINK SET USED_AT = ? WHERE TOKEN_HASH = ? "
                + "AND USED_AT IS NULL", now, Secrets.sha256(token));
        return used == 1 ? account : OptionalLong.empty();
    }
}
