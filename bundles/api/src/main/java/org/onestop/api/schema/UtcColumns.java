package org.onestop.api.schema;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Instants in {@code TIMESTAMP} columns, stored as UTC wall-clock time whatever the JVM's default time zone, to the
 * millisecond (what every supported database keeps exactly). Derby and PostgreSQL honour the calendar argument,
 * so a row written under one default zone reads back as the same instant under any other.
 */
public final class UtcColumns {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    /** A calendar of UTC for each thread: the drivers set its fields while they convert (one is about a kilobyte). */
    private static final ThreadLocal<Calendar> CALENDAR = ThreadLocal.withInitial(() -> Calendar.getInstance(UTC));

    private UtcColumns() {
    }

    /** {@code instant} to the millisecond, as it will read back from the database. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Binds {@code instant} (or SQL NULL for null) as UTC wall-clock time. */
    public static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, java.sql.Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(storable(instant)), CALENDAR.get());
        }
    }

    /** The instant in a column, or null for SQL NULL. */
    public static Instant get(ResultSet rows, int index) throws SQLException {
        Timestamp value = rows.getTimestamp(index, CALENDAR.get());
        return value == null ? null : value.toInstant();
    }

    /** The instant in the column {@code column}, or null for SQL NULL. */
    public static Instant get(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column, CALENDAR.get());
        return value == null ? null : value.toInstant();
    }
}
