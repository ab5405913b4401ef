package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The counters as the clerk's page, the counter's screen and their JSON read them: each counter with its clerk, its
 * services and how many wait for each today, the number called or served there and the numbers it parked; a number
 * with its status in words.
 */
@Component(service = CounterViews.class)
public final class CounterViews {

    /** How long the counter's screen offers the rating of the visit just finished. */
    static final Duration RATING_SHOWN = Duration.ofMinutes(3);

    private final Hall hall;
    private final CounterDesk desk;
    private final HallHours hours;
    private final Messages messages;

    @Activate
    public CounterViews(@Reference Hall hall, @Reference CounterDesk desk, @Reference HallHours hours,
            @Reference Messages messages) {
        this.hall = hall;
        this.desk = desk;
        this.hours = hours;
        this.messages = messages;
    }

    /** Every counter, by number, as {@code caller} sees it. */
    List<Map<String, Object>> all(Language language, Caller caller) throws SQLException {
        return hall.work().call(tx -> {
            Map<Long, HallService> services = services(tx);
            Map<Long, Integer> waiting = waiting(tx);
            List<Map<String, Object>> all = new ArrayList<>();
            for (Counter counter : hall.counters(tx)) {
                all.add(counter(tx, counter, services, waiting, language, caller));
            }
            return all;
        });
    }

    /** The counter numbered {@code number} (404 when there is none). */
    Map<String, Object> one(int number, Language language, Caller caller) throws SQLException {
        return hall.work().call(tx -> counter(tx, desk.counter(tx, number), services(tx), waiting(tx), language,
                caller));
    }

    /** The number as the clerk reads it. */
    Map<String, Object> ticket(Ticket ticket, Language language) throws SQLException {
        return hall.work().call(tx -> ticket(ticket, services(tx), tx, language));
    }

    /**
     * What the counter's screen shows: {@code counter} (its name), {@code open}, {@code serving} (the number called
     * or served, or null) and {@code rate} (the key of the visit finished there in the last minutes while nobody
     * else is at the counter, or null).
     */
    Map<String, Object> screen(int number, Language language) throws SQLException {
        return hall.work().call(tx -> {
            Counter counter = desk.counter(tx, number);
            Optional<Ticket> current = desk.current(tx, counter);
            String rate = null;
            if (current.isEmpty()) {
                try (PreparedStatement select = tx.prepareStatement("SELECT T.ACCESS_KEY FROM TICKETING.TICKET T"
                        + " WHERE T.COUNTER_ID = ? AND T.STATUS = 'done' AND T.FINISHED_AT >= ?"
                        + " ORDER BY T.FINISHED_AT DESC FETCH FIRST 1 ROWS ONLY")) {
                    select.setLong(1, counter.id());
                    org.onestop.api.schema.UtcColumns.set(select, 2, hours.now().minus(RATING_SHOWN));
                    try (ResultSet row = select.executeQuery()) {
                        rate = row.next() ? row.getString(1) : null;
                    }
                }
            }
            Map<String, Object> screen = new LinkedHashMap<>();
            screen.put("number", counter.number());
            screen.put("name", counter.name(language));
            screen.put("open", counter.clerkId() != null);
            screen.put("serving", current.map(Ticket::number).orElse(null));
            screen.put("status", current.map(t -> t.status().code()).orElse(null));
            screen.put("rate", rate);
            return screen;
        });
    }

    private Map<String, Object> counter(Connection tx, Counter counter, Map<Long, HallService> services,
            Map<Long, Integer> waiting, Language language, Caller caller) throws SQLException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", counter.id());
        view.put("number", counter.number());
        view.put("name", counter.name(language));
        view.put("active", counter.active());
        view.put("open", counter.clerkId() != null);
        view.put("mine", counter.clerkId() != null && counter.clerkId() == caller.accountId());
        view.put("openedAt", counter.openedAt());
        List<Map<String, Object>> served = new ArrayList<>();
        for (long id : counter.serviceIds()) {
            HallService service = services.get(id);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", id);
            one.put("prefix", service.prefix());
            one.put("name", service.name(language));
            one.put("waiting", waiting.getOrDefault(id, 0));
            served.add(one);
        }
        view.put("services", served);
        Optional<Ticket> current = desk.current(tx, counter);
        view.put("current", current.isPresent() ? ticket(current.get(), services, tx, language) : null);
        List<Map<String, Object>> parked = new ArrayList<>();
        for (Ticket ticket : desk.parked(tx, counter)) {
            parked.add(ticket(ticket, services, tx, language));
        }
        view.put("parked", parked);
        StringBuilder state = new StringBuilder(String.valueOf(counter.clerkId()));
        current.ifPresent(t -> state.append('|').append(t.id()).append(t.status().code()).append(t.calls()));
        parked.forEach(p -> state.append('|').append(p.get("id")));
        served.forEach(s -> state.append('|').append(s.get("waiting")));
        view.put("state", state.toString());
        return view;
    }

    private Map<String, Object> ticket(Ticket ticket, Map<Long, HallService> services, Connection tx,
            Language language) throws SQLException {
        HallService service = services.get(ticket.serviceId());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", ticket.id());
        view.put("number", ticket.number());
        view.put("day", ticket.day().toString());
        Map<String, Object> of = new LinkedHashMap<>();
        of.put("id", service.id());
        of.put("name", service.name(language));
        view.put("service", of);
        view.put("status", ticket.status().code());
        view.put("statusLabel", messages.text(language, "ticketing.counter.status." + ticket.status().code()));
        view.put("appointment", ticket.priority() > 0);
        view.put("channel", ticket.channel().code());
        Integer counterNumber = null;
        if (ticket.counterId() != null) {
            counterNumber = hall.counters(tx).stream().filter(c -> c.id() == ticket.counterId()).findFirst()
                    .map(Counter::number).orElse(null);
        }
        view.put("counter", counterNumber);
        view.put("calls", ticket.calls());
        view.put("takenAt", ticket.takenAt());
        view.put("queuedAt", ticket.queuedAt());
        view.put("calledAt", ticket.calledAt());
        view.put("servingAt", ticket.servingAt());
        view.put("finishedAt", ticket.finishedAt());
        view.put("note", ticket.note());
        return view;
    }

    private Map<Long, HallService> services(Connection tx) throws SQLException {
        Map<Long, HallService> services = new HashMap<>();
        for (HallService service : hall.services(tx)) {
            services.put(service.id(), service);
        }
        return services;
    }

    /** Today's waiting numbers per service. */
    private Map<Long, Integer> waiting(Connection tx) throws SQLException {
        Map<Long, Integer> waiting = new HashMap<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT SERVICE_ID, COUNT(*) FROM TICKETING.TICKET"
                + " WHERE DAY = ? AND STATUS = 'waiting' GROUP BY SERVICE_ID")) {
            select.setDate(1, Date.valueOf(hours.today()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    waiting.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
        return waiting;
    }
}
