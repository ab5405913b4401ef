package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A clerk at a counter: opens it (the clerk takes it; refused while another clerk holds it), calls the next number
 * and closes it; the steps on the number at the counter are {@link CounterMoves}. Each step is one transaction that
 * writes the number's history and the audit trail, retried when the database chose it as a deadlock's victim, and
 * the board is told after the commit.
 *
 * <p>Calling next takes today's waiting numbers of the counter's services in the queue's order (appointments checked
 * in first, then the longest wait) and claims the first with a conditional update ({@code … WHERE STATUS =
 * 'waiting'}); when another counter claimed it in the meantime it goes on to the next, so a number is never called
 * at two counters and none is skipped. The counter's own row is locked first, so one counter never holds two.
 */
@Component(service = CounterDesk.class)
public final class CounterDesk {

    /** How many candidates one read of the queue considers before reading it again. */
    private static final int CANDIDATES = 8;

    /** A step's work in its transaction, answering the number concerned as it is now. */
    @FunctionalInterface
    interface Work {
        Moved apply(Connection tx, Counter counter, Instant now) throws SQLException;
    }

    /** The number a step concerned as it is now, and the detail of its history entry (or null). */
    record Moved(Ticket ticket, String detail) {
    }

    private final Hall hall;
    private final HallHours hours;
    private final HallEvents events;
    private final AuditTrail trail;

    @Activate
    public CounterDesk(@Reference Hall hall, @Reference HallHours hours, @Reference HallEvents events,
            @Reference AuditTrail trail) {
        this.hall = hall;
        this.hours = hours;
        this.events = events;
        this.trail = trail;
    }

    /** The counter numbered {@code number} (404 when there is none). */
    Counter counter(Connection tx, int number) throws SQLException {
        return hall.counters(tx).stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow(() -> new Refusal(404, "ticketing.counter.none", number));
    }

    /** The clerk takes the counter; again by the same clerk it stays as it is. */
    Counter open(int number, Caller clerk) throws SQLException {
        return hall.write(tx -> {
            Optional<Counter> other = hall.counters(tx).stream().filter(c -> c.clerkId() != null
                    && c.clerkId() == clerk.accountId() && c.number() != number).findFirst();
            Counter counter = lock(tx, number);
            if (!counter.active()) {
                throw new Refusal(409, "ticketing.counter.inactive", number);
            }
            if (counter.clerkId() != null) {
                if (counter.clerkId() == clerk.accountId()) {
                    return counter;
                }
                throw new Refusal(409, "ticketing.counter.held", number);
            }
            if (other.isPresent()) {
                throw new Refusal(409, "ticketing.counter.holding", other.get().number());
            }
            try (PreparedStatement open = tx.prepareStatement("UPDATE TICKETING.COUNTER SET CLERK_ID = ?,"
                    + " OPENED_AT = ? WHERE ID = ? AND CLERK_ID IS NULL")) {
                open.setLong(1, clerk.accountId());
                UtcColumns.set(open, 2, hours.now());
                open.setLong(3, counter.id());
                open.executeUpdate();
            }
            trail.record(tx, AuditEntry.by(clerk, CounterStep.OPENED.action(), "counter:" + number, ""));
            return lock(tx, number);
        });
    }

    /**
     * The clerk leaves the counter: refused while a number is called or served there (its parked numbers stay
     * with it). A supervisor may close a counter another clerk left open.
     */
    Counter close(int number, Caller clerk) throws SQLException {
        return hall.write(tx -> {
            Counter counter = lock(tx, number);
            if (counter.clerkId() == null) {
                return counter;
            }
            if (counter.clerkId() != clerk.accountId() && !clerk.has(Role.SUPERVISOR)) {
                throw new Refusal(409, "ticketing.counter.held", number);
            }
            Optional<Ticket> current = current(tx, counter);
            if (current.isPresent()) {
                throw new Refusal(409, "ticketing.counter.busy", current.get().number());
            }
            try (PreparedStatement close = tx.prepareStatement("UPDATE TICKETING.COUNTER SET CLERK_ID = NULL,"
                    + " OPENED_AT = NULL WHERE ID = ?")) {
                close.setLong(1, counter.id());
                close.executeUpdate();
            }
            trail.record(tx, AuditEntry.by(clerk, CounterStep.CLOSED.action(), "counter:" + number, ""));
            return lock(tx, number);
        });
    }

    /** Calls the next number of the counter's services (404 when nobody is waiting). */
    Ticket callNext(int number, Caller clerk) throws SQLException {
        return step(number, clerk, CounterStep.CALLED, (tx, counter, now) -> {
            Optional<Ticket> current = current(tx, counter);
            if (current.isPresent()) {
                throw new Refusal(409, "ticketing.counter.busy", current.get().number());
            }
            for (;;) {
                List<Ticket> candidates = candidates(tx, counter);
                if (candidates.isEmpty()) {
                    throw new Refusal(404, "ticketing.counter.empty", number);
                }
                for (Ticket candidate : candidates) {
                    if (claim(tx, candidate, counter, clerk, now)) {
                        return new Moved(hall.ticket(tx, candidate.id()).orElseThrow(), null);
                    }
                }
            }
        });
    }

    /**
     * Runs a step on the counter numbered {@code number}, held by {@code clerk}: {@code work} in one transaction,
     * then the history entry {@code step} and the audit entry of the number it answers, and after the commit the
     * board is told.
     */
    Ticket step(int number, Caller clerk, CounterStep step, Work work) throws SQLException {
        Instant now = hours.now();
        Ticket done = hall.write(tx -> {
            Counter counter = lock(tx, number);
            if (counter.clerkId() == null) {
                throw new Refusal(409, "ticketing.counter.closed", number);
            }
            if (counter.clerkId() != clerk.accountId()) {
                throw new Refusal(409, "ticketing.counter.held", number);
            }
            Moved moved = work.apply(tx, counter, now);
            Ticket ticket = moved.ticket();
            hall.event(tx, ticket, step.history(), now, moved.detail());
            trail.record(tx, AuditEntry.by(clerk, step.action(), "ticket:" + ticket.id(), ticket.number()
                    + " @" + number + (moved.detail() == null ? "" : " " + moved.detail())));
            return ticket;
        });
        HallEvent.Kind kind = switch (step) {
            case CALLED -> HallEvent.Kind.CALLED;
            case RECALLED -> HallEvent.Kind.RECALLED;
            default -> HallEvent.Kind.CHANGED;
        };
        events.tell(kind, done, number);
        return done;
    }

    /** The number called or served at the counter now. */
    Optional<Ticket> current(Connection tx, Counter counter) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + Hall.TICKET + " FROM TICKETING.TICKET T"
                + " WHERE T.COUNTER_ID = ? AND T.STATUS IN ('called', 'serving') ORDER BY T.ID")) {
            select.setLong(1, counter.id());
            List<Ticket> found = Hall.tickets(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The numbers the counter parked, oldest first. */
    List<Ticket> parked(Connection tx, Counter counter) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + Hall.TICKET + " FROM TICKETING.TICKET T"
                + " WHERE T.COUNTER_ID = ? AND T.STATUS = 'parked' ORDER BY T.SERVING_AT, T.ID")) {
            select.setLong(1, counter.id());
            return Hall.tickets(select);
        }
    }

    /**
     * The counter's row locked until the transaction ends (404 when there is none). Only its own rows are read once
     * it is locked (by their keys), so that two counters' steps never wait for each other.
     */
    private Counter lock(Connection tx, int number) throws SQLException {
        long id;
        try (PreparedStatement select = tx.prepareStatement("SELECT ID FROM TICKETING.COUNTER WHERE NUMBER = ?")) {
            select.setInt(1, number);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new Refusal(404, "ticketing.counter.none", number);
                }
                id = row.getLong(1);
            }
        }
        try (PreparedStatement lock = tx.prepareStatement("UPDATE TICKETING.COUNTER SET NUMBER = NUMBER"
                + " WHERE ID = ?")) {
            lock.setLong(1, id);
            lock.executeUpdate();
        }
        List<Long> services = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT SERVICE_ID FROM TICKETING.COUNTER_SERVICE"
                + " WHERE COUNTER_ID = ? ORDER BY SERVICE_ID")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    services.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement select = tx.prepareStatement("SELECT NUMBER, NAME_ZH, NAME_EN, ACTIVE, CLERK_ID,"
                + " OPENED_AT FROM TICKETING.COUNTER WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                long clerk = row.getLong(5);
                Long clerkId = row.wasNull() ? null : clerk;
                return new Counter(id, row.getInt(1), row.getString(2), row.getString(3), row.getInt(4) == 1,
                        services, clerkId, UtcColumns.get(row, 6));
            }
        }
    }

    private List<Ticket> candidates(Connection tx, Counter counter) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + Hall.TICKET + " FROM TICKETING.TICKET T"
                + " WHERE T.DAY = ? AND T.STATUS = 'waiting' AND T.SERVICE_ID IN (SELECT S.SERVICE_ID FROM"
                + " TICKETING.COUNTER_SERVICE S WHERE S.COUNTER_ID = ?) ORDER BY " + Hall.QUEUE_ORDER
                + " FETCH FIRST " + CANDIDATES + " ROWS ONLY")) {
            select.setDate(1, Date.valueOf(hours.today()));
            select.setLong(2, counter.id());
            return Hall.tickets(select);
        }
    }

    /** Calls the candidate to the counter unless it left the queue meanwhile; whether it was called here. */
    private static boolean claim(Connection tx, Ticket candidate, Counter counter, Caller clerk, Instant now)
            throws SQLException {
        try (PreparedStatement call = tx.prepareStatement("UPDATE TICKETING.TICKET SET STATUS = 'called',"
                + " COUNTER_ID = ?, CLERK_ID = ?, CALLS = CALLS + 1, CALLED_AT = ?,"
                + " FIRST_CALLED_AT = COALESCE(FIRST_CALLED_AT, ?), TURN = TURN + 1"
                + " WHERE ID = ? AND STATUS = 'waiting'")) {
            call.setLong(1, counter.id());
            call.setLong(2, clerk.accountId());
            UtcColumns.set(call, 3, now);
            UtcColumns.set(call, 4, now);
            call.setLong(5, candidate.id());
            return call.executeUpdate() == 1;
        }
    }
}
