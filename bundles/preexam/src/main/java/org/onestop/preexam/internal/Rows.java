package org.onestop.preexam.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

import org.onestop.api.schema.UtcColumns;

/**
 * Changes to the module's rows with their values bound in order: an {@link Instant} as UTC through
 * {@link UtcColumns}, null as SQL NULL, anything else as the driver binds it.
 */
public final class Rows {

    private Rows() {
    }

    /** Runs {@code sql} (an INSERT, UPDATE or DELETE) on {@code tx}; answers the number of rows it changed. */
    public static int update(Connection tx, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = tx.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else if (values[i] instanceof Instant instant) {
                    UtcColumns.set(statement, i + 1, instant);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement.executeUpdate();
        }
    }
}
