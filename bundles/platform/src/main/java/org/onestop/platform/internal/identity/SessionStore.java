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
 * Sessions in the database, so that several gateway nodes can share them. The browser holds a random id; the
 * table holds its SHA-256 only. A session ends after an idle time or at its absolute end, whichever comes first.
 */
public final class SessionStore {

    /** Last-seen times are written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A live session: its account, and when it was last seen. */
    public record Live(Account account, Instant lastSeen) {
    }

    /** Starts a session for {@code accountId} and answers the id to give the browser. */
    public String start(Connection c, long accountId, Instant now, Duration lifetime, String client)
            throws SQLException {
        String id = Secrets.newToken();
        AccountStore.update(c, "INSERT INTO WEB_SESSION (ID_HASH, ACCOUNT_ID, CREATED_AT, LAST_SEEN, EXPIRES_AT, "
                + "CLIENT_ADDRESS) VALUES (?, ?, ?, ?, ?, ?)", Secrets.sha256(id), accountId, now,
                now, now.plus(lifetime), truncate(client));
        return id;
    }

    /**
     * The account of session {@code id}, with its roles (one statement), if it is still alive at {@code now};
     * refreshes its last-seen time. The row is read and let go before it is touched, and only a touch still due is
     * made: two requests of one session at once then wait for each other instead of each holding the row while
     * asking to change it (a deadlock). Its statements name the platform's schema, so that {@code c} may be in any
     * schema: every signed-in request looks its session up, and setting a connection's schema costs a look-up in
     * the database's catalogue (a tenth of such a request's time in Derby, a round trip in PostgreSQL).
     */
    public Optional<Live> find(Connection c, String id, Instant now, Duration idle) throws SQLException {
        String hash = Secrets.sha256(id);
        Live live;
        try (PreparedStatement select = c.prepareStatement("SELECT S.LAST_SEEN, " + AccountStore.columns("A")
                + ", R.ROLE_CODE FROM PLATFORM.WEB_SESSION S JOIN PLATFORM.ACCOUNT A ON A.ID = S.ACCOUNT_ID "
                + "LEFT JOIN PLATFORM.ACCOUNT_ROLE R ON R.ACCOUNT_ID = A.ID "
                + "WHERE S.ID_HASH = ? AND S.EXPIRES_AT > ? AND S.LAST_SEEN > ?")) {
            select.setString(1, hash);
            UtcColumns.set(select, 2, now);
            UtcColumns.set(select, 3, now.minus(idle));
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Instant lastSeen = UtcColumns.get(rows, 1);
                live = new Live(AccountStore.readWithRoles(rows), lastSeen);
            }
        }
        if (live.lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            AccountStore.update(c, "UPDATE PLATFORM.WEB_SESSION SET LAST_SEEN = ? WHERE ID_HASH = ? AND LAST_SEEN < ?",
                    now, hash, now.minus(TOUCH_EVERY));
        }
        return Optional.of(live);
    }

    /** Ends session {@code id}; answers whether there was one. */
    public boolean end(Connection c, String id) throws SQLException {
        return AccountStore.update(c, "DELETE FROM WEB_SESSION WHERE ID_HASH = ?", Secrets.sha256(id)) > 0;
    }

    /** Ends every session of an account; answers how many there were. */
    public int endAll(Connection c, long accountId) throws SQLException {
        return AccountStore.update(c, "DELETE FROM WEB_SESSION WHERE ACCOUNT_ID = ?", accountId);
    }

    /** Removes sessions that ended before {@code now}. */
    public int sweep(Connection c, Instant now, Duration idle) throws SQLException {
        return AccountStore.update(c, "DELETE FROM WEB_SESSION WHERE EXPIRES_AT <= ? OR LAST_SEEN <= ?",
                now, now.minus(idle));
    }

    private static String truncate(String client) {
        String c = client == null ? "" : client;
        return c.length() > 64 ? c.substring(0, 64) : c;
    }
}
