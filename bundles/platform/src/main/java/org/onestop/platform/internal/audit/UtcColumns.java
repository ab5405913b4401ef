package org.onestop.platform.internal.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Instants in {@code TIMESTAMP} columns, stored as UTC wall-clock time whatever the JVM's time zone, to the
 * millisecond (what every supported database keeps exactly). Derby and PostgreSQL honour the calendar argument.
 */
public final class UtcColumns {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private UtcColumns() {
    }

    /** {@code instant} to the millisecond, as it will read back from the database. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    public static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(storable(instant)), Calendar.getInstance(UTC));
    }

    /** The instant in a column, or null for SQL NULL. */
    public static Instant get(ResultSet rows, int index) throws SQLException {
        Timestamp value = rows.getTimestamp(index, Calendar.getInstance(UTC));
        return value == null ? null : value.toInstant();
    }
}
