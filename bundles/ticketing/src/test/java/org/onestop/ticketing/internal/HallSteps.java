package org.onestop.ticketing.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The steps after taking a number, as the counter stores them (written here with SQL on {@link HallDesk}'s tables as
 * the counter leaves them, UTC wall-clock times): a call to a counter by a clerk, serving, finishing, a no-show,
 * a cancellation, a transfer; each with its history entry, at the desk's clock.
 */
final class HallSteps {

    private final HallDesk desk;

    HallSteps(HallDesk desk) {
        this.desk = desk;
    }

    /** Calls the number to the counter numbered {@code counter} by {@code clerk} (a recall when called before). */
    Ticket call(Ticket ticket, int counter, long clerk) throws SQLException {
        long counterId = desk.counter(counter).id();
        return step(ticket, "called".equals(status(ticket)) ? "recalled" : "called",
                "STATUS = 'called', COUNTER_ID = " + counterId + ", CLERK_ID = " + clerk + ", CALLS = CALLS + 1,"
                        + " FIRST_CALLED_AT = COALESCE(FIRST_CALLED_AT, " + now() + "), CALLED_AT = " + now());
    }

    Ticket serve(Ticket ticket) throws SQLException {
        return step(ticket, "serving", "STATUS = 'serving', SERVING_AT = " + now());
    }

    Ticket finish(Ticket ticket) throws SQLException {
        return step(ticket, "done", "STATUS = 'done', FINISHED_AT = " + now());
    }

    Ticket noShow(Ticket ticket) throws SQLException {
        return step(ticket, "no_show", "STATUS = 'no_show', FINISHED_AT = " + now());
    }

    Ticket cancel(Ticket ticket) throws SQLException {
        return step(ticket, "cancelled", "STATUS = 'cancelled', FINISHED_AT = " + now());
    }

    /** Puts the called number back in the queue of another service, keeping its time in the queue. */
    Ticket transfer(Ticket ticket, String service) throws SQLException {
        return step(ticket, "transferred", "STATUS = 'waiting', SERVICE_ID = " + desk.service(service).id());
    }

    private String status(Ticket ticket) throws SQLException {
        return desk.db.text("SELECT STATUS FROM TICKETING.TICKET WHERE ID = " + ticket.id());
    }

    private Ticket step(Ticket ticket, String kind, String set) throws SQLException {
        desk.db.execute("UPDATE TICKETING.TICKET SET " + set + ", TURN = TURN + 1 WHERE ID = " + ticket.id());
        return desk.hall.work().call(tx -> {
            Ticket now = desk.hall.ticket(tx, ticket.id()).orElseThrow();
            desk.hall.event(tx, now, kind, desk.clock.instant(), null);
            return now;
        });
    }

    private String now() {
        Instant at = desk.clock.instant();
        return "{ts '" + Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "'}";
    }
}
