package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.onestop.api.schema.UtcColumns;

/**
 * How many numbers visitors who are not signed in take online from one network address in the last hour, so that a
 * script cannot empty a day's numbers. Counted in {@code TICKETING.ANONYMOUS_TAKE}, in the transaction that takes the
 * number: every gateway node on the same database counts the same takes.
 */
final class TakingAllowance {

    static final Duration HOUR = Duration.ofHours(1);
    /** The longest address kept (IPv6 with a zone fits). */
    private static final int CLIENT_MAX = 64;

    /** How long {@code client} must wait before taking one more of at most {@code limit} an hour; zero if not. */
    Duration wait(Connection tx, String client, int limit, Instant now) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT COUNT(*), MIN(TAKEN_AT) FROM ANONYMOUS_TAKE"
                + " WHERE CLIENT = ? AND TAKEN_AT > ?")) {
            select.setString(1, address(client));
            UtcColumns.set(select, 2, now.minus(HOUR));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                if (row.getInt(1) < Math.max(1, limit)) {
                    return Duration.ZERO;
                }
                Duration wait = Duration.between(now, UtcColumns.get(row, 2).plus(HOUR));
                return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
            }
        }
    }

    /** Counts a number {@code client} took at {@code now}, in the taking's transaction; forgets the hour before. */
    void taken(Connection tx, String client, Instant now) throws SQLException {
        try (PreparedStatement forget = tx.prepareStatement("DELETE FROM ANONYMOUS_TAKE WHERE TAKEN_AT <= ?")) {
            UtcColumns.set(forget, 1, now.minus(HOUR));
            forget.executeUpdate();
        }
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO ANONYMOUS_TAKE (CLIENT, TAKEN_AT) VALUES (?, ?)")) {
            insert.setString(1, address(client));
            UtcColumns.set(insert, 2, now);
            insert.executeUpdate();
        }
    }

    private static String address(String client) {
        String address = client == null ? "" : client;
        return address.length() > CLIENT_MAX ? address.substring(0, CLIENT_MAX) : address;
    }
}
