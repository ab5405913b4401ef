package org.onestop.platform.internal.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.onestop.api.schema.UtcColumns;

/**
 * Slows down password guessing per account: after a number of free failed attempts, each further attempt must
 * wait longer (1 s, 2 s, 4 s, … up to 15 minutes) after the last failure. Kept per email, registered or not,
 * so that the answers do not tell which emails have accounts. A successful login clears it.
 */
public final class LoginThrottle {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final int freeAttempts;

    public LoginThrottle(int freeAttempts) {
        this.freeAttempts = Math.max(1, freeAttempts);
    }

    /** How long an attempt for {@code email} at {@code now} must still wait, or empty if it may go ahead. */
    public Optional<Duration> wait(Connection c, String email, Instant now) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT NEXT_ALLOWED FROM LOGIN_THROTTLE WHERE EMAIL_HASH = ?")) {
            select.setString(1, key(email));
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    Instant next = UtcColumns.get(rows, 1);
                    if (next.isAfter(now)) {
                        return Optional.of(Duration.between(now, next));
                    }
                }
                return Optional.empty();
            }
        }
    }

    /**
     * Records a failed attempt; answers the number of consecutive failures. Two first failures of one email at
     * the same moment make one of the transactions fail on the key: it is to be run again.
     */
    public int failed(Connection c, String email, Instant now) throws SQLException {
        String key = key(email);
        int failures = 1;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT FAILURES FROM LOGIN_THROTTLE WHERE EMAIL_HASH = ? FOR UPDATE")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    failures = rows.getInt(1) + 1;
                }
            }
        }
        Instant next = now.plus(delayAfter(failures));
        if (failures > 1) {
            AccountStore.update(c, "UPDATE LOGIN_THROTTLE SET FAILURES = ?, LAST_FAILURE = ?, NEXT_ALLOWED = ? "
                    + "WHERE EMAIL_HASH = ?", failures, now, next, key);
            return failures;
        }
        AccountStore.update(c, "INSERT INTO LOGIN_THROTTLE (EMAIL_HASH, FAILURES, LAST_FAILURE, NEXT_ALLOWED) "
                + "VALUES (?, 1, ?, ?)", key, now, next);
        return 1;
    }

    public void succeeded(Connection c, String email) throws SQLException {
        AccountStore.update(c, "DELETE FROM LOGIN_THROTTLE WHERE EMAIL_HASH = ?", key(email));
    }

    /** The wait imposed after {@code failures} consecutive failures. */
    Duration delayAfter(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String key(String email) {
        return Secrets.sha256(AccountStore.normalEmail(email));
    }
}
