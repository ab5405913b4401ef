package org.onestop.platform.internal.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.onestop.api.schema.SqlFailures;
import org.onestop.api.schema.UtcColumns;
import org.onestop.platform.internal.db.Transaction;

/**
 * How often one client address may do something of one kind within a sliding window (registrations, reset requests),
 * counted in the platform's tables {@code CLIENT_LIMIT} and {@code CLIENT_ATTEMPT}: every gateway node on the same
 * database counts the same attempts, and one address's attempts are counted one at a time (its {@code CLIENT_LIMIT}
 * row is locked first), so that no two nodes let the same last attempt through.
 */
public final class ClientRateLimit {

    /** The longest address kept (IPv6 with a zone fits). */
    static final int CLIENT_MAX = 64;

    private final DataSource database;
    private final String kind;
    private final Duration window;

    public ClientRateLimit(DataSource database, String kind, Duration window) {
        this.database = database;
        this.kind = kind;
        this.window = window;
    }

    /** Counts an attempt of {@code client} at {@code now} if fewer than {@code limit} fall in the window. */
    public boolean tryAcquire(String client, int limit, Instant now) throws SQLException {
        String address = client == null ? "" : client.length() > CLIENT_MAX ? client.substring(0, CLIENT_MAX) : client;
        return Transaction.run(database, c -> {
            lock(c, address, now);
            run(c, "DELETE FROM CLIENT_ATTEMPT WHERE KIND = ? AND CLIENT = ? AND ATTEMPTED_AT <= ?", kind, address,
                    now.minus(window));
            int counted;
            try (PreparedStatement count = c.prepareStatement(
                    "SELECT COUNT(*) FROM CLIENT_ATTEMPT WHERE KIND = ? AND CLIENT = ?")) {
                count.setString(1, kind);
                count.setString(2, address);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    counted = rows.getInt(1);
                }
            }
            if (counted >= limit) {
                return false;
            }
            run(c, "INSERT INTO CLIENT_ATTEMPT (KIND, CLIENT, ATTEMPTED_AT) VALUES (?, ?, ?)", kind, address, now);
            return true;
        });
    }

    /** Removes what no window reaches any more (called by the session sweep). */
    public static int sweep(Connection c, Instant before) throws SQLException {
        int removed = run(c, "DELETE FROM CLIENT_ATTEMPT WHERE ATTEMPTED_AT < ?", before);
        return removed + run(c, "DELETE FROM CLIENT_LIMIT WHERE LAST_AT < ?", before);
    }

    /** Takes the lock of {@code address}'s row, made when it is the address's first attempt. */
    private void lock(Connection c, String address, Instant now) throws SQLException {
        if (run(c, "UPDATE CLIENT_LIMIT SET LAST_AT = ? WHERE KIND = ? AND CLIENT = ?", now, kind, address) == 1) {
            return;
        }
        Savepoint beforeInsert = c.setSavepoint();
        try {
            run(c, "INSERT INTO CLIENT_LIMIT (LAST_AT, KIND, CLIENT) VALUES (?, ?, ?)", now, kind, address);
        } catch (SQLException e) {
            if (!SqlFailures.duplicateKey(e)) {
                throw e;
            }
            c.rollback(beforeInsert); // another node made it first: wait for its lock instead
            run(c, "UPDATE CLIENT_LIMIT SET LAST_AT = ? WHERE KIND = ? AND CLIENT = ?", now, kind, address);
        }
    }

    /** Runs {@code sql} with {@code values} (texts and times) bound in order; answers the rows it changed. */
    private static int run(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Instant time) {
                    UtcColumns.set(statement, i + 1, time);
                } else {
                    statement.setString(i + 1, (String) values[i]);
                }
            }
            return statement.executeUpdate();
        }
    }
}
