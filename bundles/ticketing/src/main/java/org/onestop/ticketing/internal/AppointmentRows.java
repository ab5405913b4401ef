package org.onestop.ticketing.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.schema.UtcColumns;

/**
 * The table {@code TICKETING.APPOINTMENT} read and written within the caller's transaction, and the short check-in
 * codes: eight characters of an alphabet without look-alikes (no 0/O, 1/I/L), unique among all appointments.
 */
final class AppointmentRows {

    /** The letters of a check-in code. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 8;

    private static final String COLUMNS = "ID, SERVICE_ID, DAY, SLOT_START, SLOT_END, ACCOUNT_ID, ACCESS_KEY,"
            + " REFERENCE, STATUS, BOOKED_AT, CHANGED_AT, CHECKED_IN_AT, TICKET_ID, REBOOKED_TO";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AppointmentRows() {
    }

    /** Stores a booked appointment for the slot; its code is drawn again in the rare case it is taken. */
    static Appointment insert(Connection tx, long serviceId, HallHours.Slot slot, java.time.LocalDate day,
            long accountId, String reference, Instant now) throws SQLException {
        String code = code();
        while (byCode(tx, code).isPresent()) {
            code = code();
        }
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TICKETING.APPOINTMENT (SERVICE_ID, DAY,"
                + " SLOT_START, SLOT_END, ACCOUNT_ID, ACCESS_KEY, REFERENCE, STATUS, BOOKED_AT, CHANGED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, serviceId);
            insert.setDate(2, Date.valueOf(day));
            UtcColumns.set(insert, 3, slot.start());
            UtcColumns.set(insert, 4, slot.end());
            insert.setLong(5, accountId);
            insert.setString(6, code);
            insert.setString(7, reference);
            UtcColumns.set(insert, 8, now);
            UtcColumns.set(insert, 9, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return byId(tx, keys.getLong(1)).orElseThrow();
            }
        }
    }

    static Optional<Appointment> byId(Connection tx, long id) throws SQLException {
        return one(tx, "ID = ?", id);
    }

    /** The appointment of a check-in code as typed (spaces, dashes and case ignored). */
    static Optional<Appointment> byCode(Connection tx, String code) throws SQLException {
        return one(tx, "ACCESS_KEY = ?", code);
    }

    /** The visitor's appointments, the latest slot first. */
    static List<Appointment> of(Connection tx, long accountId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM TICKETING.APPOINTMENT"
                + " WHERE ACCOUNT_ID = ? ORDER BY SLOT_START DESC, ID DESC")) {
            select.setLong(1, accountId);
            return list(select);
        }
    }

    /** The live (booked or checked-in) appointments of each slot start of a service's day. */
    static Map<Instant, Integer> taken(Connection tx, long serviceId, java.time.LocalDate day) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT SLOT_START, COUNT(*) FROM TICKETING.APPOINTMENT"
                + " WHERE SERVICE_ID = ? AND DAY = ? AND STATUS IN ('booked', 'checked_in') GROUP BY SLOT_START")) {
            select.setLong(1, serviceId);
            select.setDate(2, Date.valueOf(day));
            try (ResultSet rows = select.executeQuery()) {
                Map<Instant, Integer> taken = new HashMap<>();
                while (rows.next()) {
                    taken.put(UtcColumns.get(rows, 1), rows.getInt(2));
                }
                return taken;
            }
        }
    }

    /** Whether the visitor holds a live appointment of the service on the day, other than {@code except}. */
    static boolean holds(Connection tx, long accountId, long serviceId, java.time.LocalDate day, long except)
            throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT ID FROM TICKETING.APPOINTMENT WHERE ACCOUNT_ID = ?"
                + " AND SERVICE_ID = ? AND DAY = ? AND STATUS IN ('booked', 'checked_in') AND ID <> ?")) {
            select.setLong(1, accountId);
            select.setLong(2, serviceId);
            select.setDate(3, Date.valueOf(day));
            select.setLong(4, except);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Booked appointments whose slot ended by {@code now}: they are missed. */
    static List<Appointment> overdue(Connection tx, Instant now) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM TICKETING.APPOINTMENT"
                + " WHERE STATUS = 'booked' AND SLOT_END <= ? ORDER BY ID")) {
            UtcColumns.set(select, 1, now);
            return list(select);
        }
    }

    /** Moves the appointment to another slot (of the same service). */
    static void moved(Connection tx, long id, java.time.LocalDate day, HallHours.Slot slot, Instant now)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TICKETING.APPOINTMENT SET DAY = ?, SLOT_START = ?,"
                + " SLOT_END = ?, CHANGED_AT = ? WHERE ID = ?")) {
            update.setDate(1, Date.valueOf(day));
            UtcColumns.set(update, 2, slot.start());
            UtcColumns.set(update, 3, slot.end());
            UtcColumns.set(update, 4, now);
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    /**
     * Sets the status, if it is still {@code from} (so that of two steps at once only one changes it); with the
     * ticket checked in with or the appointment rebooked to. Whether it changed.
     */
    static boolean status(Connection tx, long id, Appointment.Status from, Appointment.Status to, Instant now,
            Long ticketId, Long rebookedTo) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TICKETING.APPOINTMENT SET STATUS = ?,"
                + " CHANGED_AT = ?, CHECKED_IN_AT = COALESCE(?, CHECKED_IN_AT), TICKET_ID = COALESCE(?, TICKET_ID),"
                + " REBOOKED_TO = COALESCE(?, REBOOKED_TO) WHERE ID = ? AND STATUS = ?")) {
            update.setString(1, to.code());
            UtcColumns.set(update, 2, now);
            UtcColumns.set(update, 3, to == Appointment.Status.CHECKED_IN ? now : null);
            update.setObject(4, ticketId, Types.BIGINT);
            update.setObject(5, rebookedTo, Types.BIGINT);
            update.setLong(6, id);
            update.setString(7, from.code());
            return update.executeUpdate() == 1;
        }
    }

    /** A fresh check-in code. */
    static String code() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as people type it, in the form it is stored: upper case, without spaces or dashes; null if too long. */
    static String typed(String text) {
        if (text == null || text.length() > 64) {
            return null;
        }
        String code = text.replaceAll("[\\s-]+", "").toUpperCase(java.util.Locale.ROOT);
        return code.isEmpty() ? null : code;
    }

    private static Optional<Appointment> one(Connection tx, String where, Object value) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM TICKETING.APPOINTMENT"
                + " WHERE " + where)) {
            select.setObject(1, value);
            List<Appointment> found = list(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Appointment> list(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<Appointment> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Appointment(rows.getLong(1), rows.getLong(2), rows.getDate(3).toLocalDate(),
                        UtcColumns.get(rows, 4), UtcColumns.get(rows, 5), rows.getLong(6), rows.getString(7),
                        rows.getString(8), Appointment.Status.of(rows.getString(9)), UtcColumns.get(rows, 10),
                        UtcColumns.get(rows, 11), UtcColumns.get(rows, 12), nullable(rows, 13), nullable(rows, 14)));
            }
            return found;
        }
    }

    private static Long nullable(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
