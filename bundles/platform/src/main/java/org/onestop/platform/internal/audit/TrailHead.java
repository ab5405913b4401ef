package org.onestop.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one row of {@code PLATFORM.AUDIT_HEAD}: the last sequence number handed out and the hash of that entry.
 * Writers update it before reading it, which takes its row lock until their commit.
 *
 * @param lastSequence the number of the last entry recorded, 0 for none
 * @param lastHash     the hash of that entry, {@link EntryHash#GENESIS} for none
 */
record TrailHead(long lastSequence, String lastHash) {

    /** Reads the head as this connection's transaction sees it; null if the row is gone. */
    static TrailHead read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT LAST_SEQ, LAST_HASH FROM PLATFORM.AUDIT_HEAD WHERE ID = 1");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? new TrailHead(rows.getLong(1), rows.getString(2)) : null;
        }
    }
}
