package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a visitor reads of the hall: its services offered today with the numbers waiting and the estimated wait of a
 * number taken now, and a ticket as its page and {@code GET /api/ticketing/tickets/{key}} show it (status in words,
 * position and estimated wait while it waits, the counter once called), and the hall's hours of today in words.
 */
@Component(service = TicketCards.class)
public final class TicketCards {

    /** The most numbers listed on a visitor's own page. */
    static final int MINE_MAX = 100;

    /** A service of the hall as the visitor chooses it. */
    public record ServiceLine(long id, String code, String prefix, String name, int typicalMinutes, int waiting,
            int estimatedMinutes) {
    }

    /** The service of a ticket, named in the reader's language. */
    public record ServiceName(long id, String name) {
    }

    /**
     * A ticket as its holder reads it.
     *
     * @param position         its place in the queue (1: next), while it waits; else null
     * @param ahead            the numbers before it, while it waits; else null
     * @param estimatedMinutes the estimated wait, while it waits; else null
     * @param counter          the number of the counter it is called to, once called; else null
     * @param today            whether it is a number of today (the centre's day)
     * @param past             whether its day is over (a number of a past day that was never finished is not
     *                         served any more)
     */
    public record TicketCard(long id, String key, String number, LocalDate day, ServiceName service, String status,
            String statusLabel, Integer position, Integer ahead, Integer estimatedMinutes, Integer counter,
            String channel, Instant takenAt, Instant queuedAt, Instant calledAt, Instant finishedAt,
            boolean today, boolean past) {

        /** Whether the visitor may still cancel it. */
        public boolean cancellable() {
            return "waiting".equals(status) && !past;
        }

        /** Whether it is called or at the counter now. */
        public boolean atCounter() {
            return counter != null && ("called".equals(status) || "serving".equals(status));
        }
    }

    private final Hall hall;
    private final Estimates estimates;
    private final HallHours hours;
    private final Messages messages;

    @Activate
    public TicketCards(@Reference Hall hall, @Reference Estimates estimates, @Reference HallHours hours,
            @Reference Messages messages) {
        this.hall = hall;
        this.estimates = estimates;
        this.hours = hours;
        this.messages = messages;
    }

    /** The active services with today's waiting numbers and the estimated wait of a number taken now. */
    List<ServiceLine> services(Language language) throws SQLException {
        LocalDate today = hours.today();
        return hall.work().call(tx -> {
            Map<Long, Integer> waiting = estimates.waiting(tx, today);
            List<ServiceLine> lines = new ArrayList<>();
            for (HallService s : hall.services(tx)) {
                if (s.active()) {
                    int count = waiting.getOrDefault(s.id(), 0);
                    lines.add(new ServiceLine(s.id(), s.code(), s.prefix(), s.name(language), s.typicalMinutes(),
                            count, Estimates.minutes(count, s.typicalMinutes(), estimates.openCounters(tx, s.id()))));
                }
            }
            return lines;
        });
    }

    /** The ticket of the link's {@code key}; 404 when there is none. */
    TicketCard card(String key, Language language) throws SQLException {
        return hall.work().call(tx -> card(tx, hall.ticketByKey(tx, key == null ? "" : key)
                .orElseThrow(() -> new Refusal(404, "ticketing.take.noTicket")), language));
    }

    /** A ticket just taken or changed, read again. */
    TicketCard card(Ticket ticket, Language language) throws SQLException {
        return hall.work().call(tx -> card(tx, hall.ticket(tx, ticket.id()).orElseThrow(), language));
    }

    /** The numbers a signed-in visitor took online, the newest first ({@value #MINE_MAX} at most). */
    List<TicketCard> mine(Caller caller, Language language, boolean todayOnly) throws SQLException {
        if (!caller.signedIn()) {
            return List.of();
        }
        LocalDate today = hours.today();
        return hall.work().call(tx -> {
            List<TicketCard> cards = new ArrayList<>();
            try (PreparedStatement select = tx.prepareStatement("SELECT " + Hall.TICKET + " FROM TICKETING.TICKET T"
                    + " WHERE T.ACCOUNT_ID = ?" + (todayOnly ? " AND T.DAY = ?" : "") + " ORDER BY T.DAY DESC,"
                    + " T.ID DESC FETCH FIRST " + MINE_MAX + " ROWS ONLY")) {
                select.setLong(1, caller.accountId());
                if (todayOnly) {
                    select.setDate(2, java.sql.Date.valueOf(today));
                }
                for (Ticket ticket : Hall.tickets(select)) {
                    cards.add(card(tx, ticket, language));
                }
            }
            return cards;
        });
    }

    /** The hall today in words: open now, opening later, closed for the day, or not open today. */
    String hallState(Language language) {
        Instant now = hours.now();
        LocalTime time = now.atZone(hours.zone()).toLocalTime();
        Optional<HallHours.Opening> opening = hours.opening(hours.today());
        if (opening.isEmpty()) {
            return messages.text(language, "ticketing.take.hall.closedDay");
        }
        HallHours.Opening o = opening.get();
        if (time.isBefore(o.opens())) {
            return messages.text(language, "ticketing.take.hall.opensAt", o.opens().toString());
        }
        if (!time.isBefore(o.closes())) {
            return messages.text(language, "ticketing.take.hall.closed", o.closes().toString());
        }
        return messages.text(language, o.open(time) ? "ticketing.take.hall.open" : "ticketing.take.hall.break",
                o.opens().toString(), o.closes().toString());
    }

    private TicketCard card(Connection tx, Ticket t, Language language) throws SQLException {
        HallService service = hall.service(tx, t.serviceId()).orElseThrow();
        boolean past = t.day().isBefore(hours.today());
        Estimates.Place place = past ? null : estimates.place(tx, t);
        Integer counter = null;
        if (t.counterId() != null && (t.status() == Ticket.Status.CALLED || t.status() == Ticket.Status.SERVING
                || t.status() == Ticket.Status.PARKED)) {
            counter = hall.counter(tx, t.counterId()).map(Counter::number).orElse(null);
        }
        return new TicketCard(t.id(), t.accessKey(), t.number(), t.day(), new ServiceName(service.id(),
                service.name(language)), t.status().code(), messages.text(language, "ticketing.take.status."
                + (past && !t.status().finished() ? "lapsed" : t.status().code())), place == null ? null : place.position(), place == null ? null : place.ahead(),
                place == null ? null : place.estimatedMinutes(), counter, t.channel().code(), t.takenAt(),
                t.queuedAt(), t.calledAt(), t.finishedAt(), t.day().equals(hours.today()), past);
    }
}
