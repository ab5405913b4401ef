package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;

import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The clerk's steps on the number at the counter, each through {@link CounterDesk#step} (one transaction, its
 * history and audit entries, the board told after the commit): recall (called again), no-show (only once it was
 * called {@code calls.before.no.show} times; final), serve (called → serving), park (serving → parked, kept by the
 * counter) and resume (parked → serving at the same counter), transfer to another service (back to waiting in that
 * queue at its first time; the history's detail is the former service's code) and finish with a note (→ done; the
 * visitor is invited to rate the visit, {@link VisitRatings}). A step the number's state does not allow is refused
 * (409) in words that say why.
 */
@Component(service = CounterMoves.class)
public final class CounterMoves {

    /** The longest note of a finished visit. */
    static final int NOTE_MAX = 1000;

    private final CounterDesk desk;
    private final Hall hall;
    private final HallHours hours;
    private final VisitRatings ratings;

    @Activate
    public CounterMoves(@Reference CounterDesk desk, @Reference Hall hall, @Reference HallHours hours,
            @Reference VisitRatings ratings) {
        this.desk = desk;
        this.hall = hall;
        this.hours = hours;
        this.ratings = ratings;
    }

    /** Calls the called number again. */
    Ticket recall(int number, Caller clerk) throws SQLException {
        return desk.step(number, clerk, CounterStep.RECALLED, (tx, counter, now) -> {
            Ticket called = at(tx, counter, Ticket.Status.CALLED);
            return moved(tx, called, Ticket.Status.CALLED, "STATUS = 'called', CALLS = CALLS + 1, CALLED_AT = ?", now);
        });
    }

    /** The called number did not come: final, once it was called often enough. */
    Ticket noShow(int number, Caller clerk) throws SQLException {
        return desk.step(number, clerk, CounterStep.NO_SHOW, (tx, counter, now) -> {
            Ticket called = at(tx, counter, Ticket.Status.CALLED);
            int needed = Math.max(1, hours.config().calls_before_no_show());
            if (called.calls() < needed) {
                throw new Refusal(409, "ticketing.counter.too-soon", called.number(), called.calls(), needed);
            }
            return moved(tx, called, Ticket.Status.CALLED, "STATUS = 'no_show', FINISHED_AT = ?", now);
        });
    }

    /** The called visitor is at the counter. */
    Ticket serve(int number, Caller clerk) throws SQLException {
        return desk.step(number, clerk, CounterStep.SERVING, (tx, counter, now) -> {
            Ticket called = at(tx, counter, Ticket.Status.CALLED);
            return moved(tx, called, Ticket.Status.CALLED, "STATUS = 'serving', SERVING_AT = ?", now);
        });
    }

    /** Puts the number served aside (the visitor fetches a document); the counter keeps it. */
    Ticket park(int number, Caller clerk) throws SQLException {
        return desk.step(number, clerk, CounterStep.PARKED, (tx, counter, now) -> {
            Ticket serving = at(tx, counter, Ticket.Status.SERVING);
            return moved(tx, serving, Ticket.Status.SERVING, "STATUS = 'parked'");
        });
    }

    /** Serves a number this counter parked again, when no other is called or served there. */
    Ticket resume(int number, long ticketId, Caller clerk) throws SQLException {
        return desk.step(number, clerk, CounterStep.RESUMED, (tx, counter, now) -> {
            Ticket parked = desk.parked(tx, counter).stream().filter(t -> t.id() == ticketId).findFirst()
                    .orElseThrow(() -> new Refusal(409, "ticketing.counter.not-parked", number));
            busy(tx, counter);
            return moved(tx, parked, Ticket.Status.PARKED, "STATUS = 'serving'");
        });
    }

    /** Sends the number called or served to the queue of another service, keeping its time in the queue. */
    Ticket transfer(int number, long serviceId, Caller clerk) throws SQLException {
        return desk.step(number, clerk, CounterStep.TRANSFERRED, (tx, counter, now) -> {
            Ticket ticket = desk.current(tx, counter)
                    .orElseThrow(() -> new Refusal(409, "ticketing.counter.nobody", number));
            HallService to = hall.service(tx, serviceId).filter(HallService::active)
                    .orElseThrow(() -> new Refusal(404, "ticketing.error.service"));
            HallService from = hall.service(tx, ticket.serviceId()).orElseThrow();
            if (to.id() == from.id()) {
                throw new Refusal(409, "ticketing.counter.same-service", ticket.number(), from.nameZh());
            }
            Ticket back = move(tx, ticket, ticket.status(), "STATUS = 'waiting', SERVICE_ID = ?, COUNTER_ID = NULL,"
                    + " CLERK_ID = NULL, CALLS = 0, CALLED_AT = NULL, SERVING_AT = NULL", to.id());
            return new CounterDesk.Moved(back, from.code());
        });
    }

    /** The visit is over: done with the clerk's note (at most {@value #NOTE_MAX} characters). */
    Ticket finish(int number, String note, Caller clerk) throws SQLException {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw Refusal.invalid("ticketing.counter.note-long", Map.of("note", "ticketing.counter.note-long"));
        }
        return desk.step(number, clerk, CounterStep.DONE, (tx, counter, now) -> {
            Ticket serving = at(tx, counter, Ticket.Status.SERVING);
            Ticket done = move(tx, serving, Ticket.Status.SERVING, "STATUS = 'done', FINISHED_AT = ?, NOTE = ?", now,
                    text);
            ratings.invite(tx, done, clerk);
            return new CounterDesk.Moved(done, null);
        });
    }

    /** The number at the counter in {@code status}; else refused with what is there instead. */
    private Ticket at(Connection tx, Counter counter, Ticket.Status status) throws SQLException {
        Ticket ticket = desk.current(tx, counter).orElseThrow(() -> new Refusal(409, status == Ticket.Status.CALLED
                ? "ticketing.counter.none-called" : "ticketing.counter.none-serving", counter.number()));
        if (ticket.status() != status) {
            throw new Refusal(409, status == Ticket.Status.CALLED ? "ticketing.counter.serving-already"
                    : "ticketing.counter.not-serving", ticket.number());
        }
        return ticket;
    }

    private void busy(Connection tx, Counter counter) throws SQLException {
        var current = desk.current(tx, counter);
        if (current.isPresent()) {
            throw new Refusal(409, "ticketing.counter.busy", current.get().number());
        }
    }

    private CounterDesk.Moved moved(Connection tx, Ticket ticket, Ticket.Status from, String set, Object... values)
            throws SQLException {
        return new CounterDesk.Moved(move(tx, ticket, from, set, values), null);
    }

    /** Sets {@code set} on the ticket while it is still {@code from} (409 when it changed meanwhile). */
    private Ticket move(Connection tx, Ticket ticket, Ticket.Status from, String set, Object... values)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TICKETING.TICKET SET " + set
                + ", TURN = TURN + 1 WHERE ID = ? AND STATUS = ?")) {
            int i = 1;
            for (Object value : values) {
                if (value instanceof Instant at) {
                    UtcColumns.set(update, i++, at);
                } else if (value == null) {
                    update.setNull(i++, Types.VARCHAR);
                } else {
                    update.setObject(i++, value);
                }
            }
            update.setLong(i++, ticket.id());
            update.setString(i, from.code());
            if (update.executeUpdate() == 0) {
                throw new Refusal(409, "ticketing.counter.changed", ticket.number());
            }
        }
        return hall.ticket(tx, ticket.id()).orElseThrow();
    }
}
