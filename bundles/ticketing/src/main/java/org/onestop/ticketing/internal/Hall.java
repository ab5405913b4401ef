package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.api.schema.SqlFailures;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hall's tables in the schema {@code TICKETING}: its services, counters and numbers as stored, read within the
 * caller's transaction. Changing them is the work of the components that own each step.
 */
@Component(service = Hall.class)
public final class Hall {

    /** The columns of a ticket, in the order {@link #ticket(ResultSet)} reads them, for {@code FROM TICKET T}. */
    static final String TICKET = "T.ID, T.DAY, T.SERVICE_ID, T.FIRST_SERVICE_ID, T.NUMBER, T.CHANNEL, T.ACCOUNT_ID,"
            + " T.ACCESS_KEY, T.APPOINTMENT_ID, T.PRIORITY, T.STATUS, T.TAKEN_AT, T.QUEUED_AT, T.COUNTER_ID,"
            + " T.CLERK_ID, T.CALLS, T.FIRST_CALLED_AT, T.CALLED_AT, T.SERVING_AT, T.FINISHED_AT, T.NOTE";

    /** The order of a service's queue: appointments checked in first, then the longest wait. */
    static final String QUEUE_ORDER = "T.PRIORITY DESC, T.QUEUED_AT, T.ID";

    private static final String SERVICE = "ID, CODE, PREFIX, NAME_ZH, NAME_EN, TYPICAL_MINUTES, SLOT_MINUTES,"
            + " SLOT_CAPACITY, POSITION, ACTIVE";

    /** How many times a change is tried when the database rolls it back for a deadlock or a lock wait. */
    static final int ATTEMPTS = 8;

    private final DataSource database;

    @Activate
    public Hall(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=TICKETING)") DataSource database) {
        this.database = database;
    }

    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    /**
     * Runs a change in one transaction, again (up to {@value #ATTEMPTS} times) when the database chose it as a
     * deadlock's victim or a lock wait timed out: nothing of a rolled-back attempt is kept, so a visitor's or clerk's
     * press is answered rather than refused as busy.
     */
    <T> T write(UnitOfWork.Work<T, RuntimeException> change) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                return work().call(change);
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !SqlFailures.rolledBackByContention(e)) {
                    throw e;
                }
            }
        }
    }

    /** Every service, active or not, in their order. */
    List<HallService> services(Connection tx) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + SERVICE + " FROM TICKETING.SERVICE"
                + " ORDER BY POSITION, ID"); ResultSet rows = select.executeQuery()) {
            List<HallService> services = new ArrayList<>();
            while (rows.next()) {
                services.add(service(rows));
            }
            return services;
        }
    }

    Optional<HallService> service(Connection tx, long id) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + SERVICE + " FROM TICKETING.SERVICE"
                + " WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(service(row)) : Optional.empty();
            }
        }
    }

    /** The service, its row locked until the transaction ends (appointments of its slots are counted under it). */
    Optional<HallService> lockService(Connection tx, long id) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TICKETING.SERVICE SET POSITION = POSITION"
                + " WHERE ID = ?")) {
            update.setLong(1, id);
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return service(tx, id);
    }

    /** Every counter with the services it serves, by number. */
    List<Counter> counters(Connection tx) throws SQLException {
        Map<Long, List<Long>> served = new HashMap<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT COUNTER_ID, SERVICE_ID FROM"
                + " TICKETING.COUNTER_SERVICE ORDER BY SERVICE_ID"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                served.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        try (PreparedStatement select = tx.prepareStatement("SELECT ID, NUMBER, NAME_ZH, NAME_EN, ACTIVE, CLERK_ID,"
                + " OPENED_AT FROM TICKETING.COUNTER ORDER BY NUMBER"); ResultSet rows = select.executeQuery()) {
            List<Counter> counters = new ArrayList<>();
            while (rows.next()) {
                long id = rows.getLong(1);
                Long clerk = nullableLong(rows, 6);
                counters.add(new Counter(id, rows.getInt(2), rows.getString(3), rows.getString(4),
                        rows.getInt(5) == 1, served.getOrDefault(id, List.of()), clerk,
                        UtcColumns.get(rows, 7)));
            }
            return counters;
        }
    }

    Optional<Counter> counter(Connection tx, long id) throws SQLException {
        return counters(tx).stream().filter(c -> c.id() == id).findFirst();
    }

    Optional<Ticket> ticket(Connection tx, long id) throws SQLException {
        return oneTicket(tx, "T.ID = ?", id);
    }

    /** The ticket of a link's key. */
    Optional<Ticket> ticketByKey(Connection tx, String key) throws SQLException {
        return oneTicket(tx, "T.ACCESS_KEY = ?", key);
    }

    /** The ticket printed {@code number} on {@code day}. */
    Optional<Ticket> ticketByNumber(Connection tx, LocalDate day, String number) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + TICKET + " FROM TICKETING.TICKET T"
                + " WHERE T.DAY = ? AND T.NUMBER = ?")) {
            select.setDate(1, Date.valueOf(day));
            select.setString(2, number);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(ticket(row)) : Optional.empty();
            }
        }
    }

    /** The waiting numbers of a service on a day, in the queue's order. */
    List<Ticket> queue(Connection tx, LocalDate day, long serviceId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + TICKET + " FROM TICKETING.TICKET T"
                + " WHERE T.DAY = ? AND T.SERVICE_ID = ? AND T.STATUS = 'waiting' ORDER BY " + QUEUE_ORDER)) {
            select.setDate(1, Date.valueOf(day));
            select.setLong(2, serviceId);
            return tickets(select);
        }
    }

    /** Records what happened to a number, as it is now, on its history. */
    void event(Connection tx, Ticket ticket, String kind, java.time.Instant at, String detail) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TICKETING.TICKET_EVENT (TICKET_ID, HAPPENED_AT, KIND,"
                + " SERVICE_ID, COUNTER_ID, CLERK_ID, DETAIL) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, ticket.id());
            UtcColumns.set(insert, 2, at);
            insert.setString(3, kind);
            insert.setLong(4, ticket.serviceId());
            insert.setObject(5, ticket.counterId(), java.sql.Types.BIGINT);
            insert.setObject(6, ticket.clerkId(), java.sql.Types.BIGINT);
            insert.setString(7, detail);
            insert.executeUpdate();
        }
    }

    private Optional<Ticket> oneTicket(Connection tx, String where, Object value) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + TICKET + " FROM TICKETING.TICKET T WHERE "
                + where)) {
            select.setObject(1, value);
            List<Ticket> found = tickets(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    static List<Ticket> tickets(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<Ticket> tickets = new ArrayList<>();
            while (rows.next()) {
                tickets.add(ticket(rows));
            }
            return tickets;
        }
    }

    /** A ticket from the columns {@link #TICKET}, starting at the first. */
    static Ticket ticket(ResultSet row) throws SQLException {
        return new Ticket(row.getLong(1), row.getDate(2).toLocalDate(), row.getLong(3), row.getLong(4),
                row.getString(5), Ticket.Channel.of(row.getString(6)), nullableLong(row, 7), row.getString(8),
                nullableLong(row, 9), row.getInt(10), Ticket.Status.of(row.getString(11)), UtcColumns.get(row, 12),
                UtcColumns.get(row, 13), nullableLong(row, 14), nullableLong(row, 15), row.getInt(16),
                UtcColumns.get(row, 17), UtcColumns.get(row, 18), UtcColumns.get(row, 19), UtcColumns.get(row, 20),
                row.getString(21));
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static HallService service(ResultSet row) throws SQLException {
        return new HallService(row.getLong(1), row.getString(2), row.getString(3).trim(), row.getString(4),
                row.getString(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10) == 1);
    }
}
