package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where a number stands and how long it may wait: its position is one more than the numbers ahead of it in its
 * service's queue (the queue's order: priority, then when it joined, then its id); the estimated wait is the numbers
 * ahead times the service's typical minutes, shared by the open counters serving it (at least one), rounded up.
 */
@Component(service = Estimates.class)
public final class Estimates {

    /**
     * A waiting number's place.
     *
     * @param ahead            the numbers before it
     * @param position         {@code ahead + 1}
     * @param estimatedMinutes the estimated wait until it is called
     */
    record Place(int ahead, int position, int estimatedMinutes) {
    }

    private final Hall hall;

    @Activate
    public Estimates(@Reference Hall hall) {
        this.hall = hall;
    }

    /** The estimated wait of {@code ahead} numbers of a service of {@code typicalMinutes} at {@code counters} open. */
    static int minutes(int ahead, int typicalMinutes, int counters) {
        long total = (long) Math.max(0, ahead) * Math.max(0, typicalMinutes);
        int sharing = Math.max(1, counters);
        return (int) Math.min(Integer.MAX_VALUE, (total + sharing - 1) / sharing);
    }

    /** How many numbers of {@code queue} (in the queue's order) are before {@code ticket}; -1 when it is not in it. */
    static int ahead(List<Ticket> queue, long ticketId) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).id() == ticketId) {
                return i;
            }
        }
        return -1;
    }

    /** The place of a waiting number, or null when it is not waiting. */
    Place place(Connection tx, Ticket ticket) throws SQLException {
        if (ticket.status() != Ticket.Status.WAITING) {
            return null;
        }
        int ahead = ahead(hall.queue(tx, ticket.day(), ticket.serviceId()), ticket.id());
        if (ahead < 0) {
            return null;
        }
        HallService service = hall.service(tx, ticket.serviceId()).orElseThrow();
        return new Place(ahead, ahead + 1, minutes(ahead, service.typicalMinutes(), openCounters(tx,
                service.id())));
    }

    /** The waiting numbers of each service on {@code day}, by service id (services without any are absent). */
    Map<Long, Integer> waiting(Connection tx, LocalDate day) throws SQLException {
        Map<Long, Integer> waiting = new HashMap<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT SERVICE_ID, COUNT(*) FROM TICKETING.TICKET"
                + " WHERE DAY = ? AND STATUS = 'waiting' GROUP BY SERVICE_ID")) {
            select.setDate(1, Date.valueOf(day));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    waiting.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
        return waiting;
    }

    /** How many active counters are open (a clerk at them) and serve the service. */
    int openCounters(Connection tx, long serviceId) throws SQLException {
        return (int) hall.counters(tx).stream().filter(c -> c.active() && c.clerkId() != null && c.serves(serviceId))
                .count();
    }
}
