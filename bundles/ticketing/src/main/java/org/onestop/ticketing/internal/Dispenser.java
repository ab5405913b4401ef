package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
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
 * Gives a visitor a number of a service: online (today, or a later bookable day's morning or afternoon, queued from
 * that window's start), at the hall's kiosk (only from its addresses, or by a clerk) or by a counter clerk at
 * reception (today only). Today's numbers are given until the hall closes; before it opens they queue from the
 * opening. A signed-in visitor holds one live number per service and day; visitors who are not signed in take a few
 * an hour from one address. Each number taken or cancelled is audited and told to the hall's screens after the
 * commit. The visitor may cancel a number while it waits.
 */
@Component(service = Dispenser.class)
public final class Dispenser {

    static final String TAKEN = "ticketing.ticket.taken";
    static final String CANCELLED = "ticketing.ticket.cancelled";

    /** The half of a later day a number is taken for. */
    enum Window {
        MORNING, AFTERNOON;

        static Window of(String code) {
            if (code == null || code.isBlank()) {
                return MORNING;
            }
            try {
                return valueOf(code.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refusal.badRequest("ticketing.take.window");
            }
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A number asked for, as sent.
     *
     * @param day     {@code yyyy-MM-dd}, or blank for today
     * @param channel {@code online} (blank), {@code kiosk} or {@code reception}
     * @param window  for a later day, {@code morning} (blank) or {@code afternoon}
     */
    record Asked(Long serviceId, String day, String channel, String window) {
    }

    private final Hall hall;
    private final Numbers numbers;
    private final HallHours hours;
    private final HallEvents events;
    private final AuditTrail trail;
    private final TakingAllowance anonymous = new TakingAllowance();

    @Activate
    public Dispenser(@Reference Hall hall, @Reference Numbers numbers, @Reference HallHours hours,
            @Reference HallEvents events, @Reference AuditTrail trail) {
        this.hall = hall;
        this.numbers = numbers;
        this.hours = hours;
        this.events = events;
        this.trail = trail;
    }

    /** Gives the number asked for, or refuses with the reason. */
    Ticket take(Asked asked, Caller caller) throws SQLException {
        Ticket.Channel channel = channel(asked.channel());
        if (channel == Ticket.Channel.KIOSK && !atKiosk(caller)) {
            throw new Refusal(403, "ticketing.take.notKiosk");
        }
        if (channel == Ticket.Channel.RECEPTION && !clerk(caller)) {
            throw new Refusal(403, "ticketing.take.notClerk");
        }
        if (asked.serviceId() == null) {
            throw Refusal.badRequest("ticketing.take.noServiceChosen");
        }
        LocalDate today = hours.today();
        LocalDate day = day(asked.day(), today);
        if (channel != Ticket.Channel.ONLINE && !day.equals(today)) {
            throw Refusal.badRequest("ticketing.take.todayOnly");
        }
        Window window = Window.of(asked.window());
        boolean counted = channel == Ticket.Channel.ONLINE && !caller.signedIn();
        Instant now = hours.now();
        if (counted) {
            int limit = Math.max(1, hours.config().anonymous_takes_per_hour());
            Duration wait = hall.work().call(tx -> anonymous.wait(tx, caller.clientAddress(), limit, now));
            if (!wait.isZero()) {
                throw Refusal.tooSoon(wait, "ticketing.take.tooMany", limit, Math.max(1, (wait.toSeconds() + 59)
                        / 60));
            }
        }
        Long account = channel == Ticket.Channel.ONLINE && caller.signedIn() ? caller.accountId() : null;
        Ticket ticket = hall.write(tx -> {
            HallService service = hall.lockService(tx, asked.serviceId())
                    .orElseThrow(() -> new Refusal(404, "ticketing.take.noService"));
            if (!service.active()) {
                throw new Refusal(409, "ticketing.take.inactive", service.nameZh());
            }
            Instant queuedAt = queuedAt(day, today, window, now);
            if (account != null) {
                Optional<Ticket> live = live(tx, account, service.id(), day);
                if (live.isPresent()) {
                    throw new Refusal(409, "ticketing.take.already", live.get().number());
                }
            }
            Ticket taken = numbers.take(tx, new Numbers.Taking(service.id(), day, channel, account, null, 0,
                    queuedAt), now);
            trail.record(tx, AuditEntry.by(caller, TAKEN, "ticket:" + taken.id(), taken.number() + " "
                    + taken.day() + " " + channel.code() + (day.equals(today) ? "" : " " + window.code())));
            if (counted) {
                anonymous.taken(tx, caller.clientAddress(), now);
            }
            return taken;
        });
        events.tell(HallEvent.Kind.TAKEN, ticket, null);
        return ticket;
    }

    /** Cancels the waiting number of the link's {@code key}: refused once it was called or its visit is over. */
    Ticket cancel(String key, Caller caller) throws SQLException {
        Instant now = hours.now();
        Ticket ticket = hall.write(tx -> {
            Ticket found = hall.ticketByKey(tx, key == null ? "" : key)
                    .orElseThrow(() -> new Refusal(404, "ticketing.take.noTicket"));
            if (found.day().isBefore(hours.today())) {
                throw new Refusal(409, "ticketing.take.notWaiting", found.number());
            }
            try (PreparedStatement update = tx.prepareStatement("UPDATE TICKETING.TICKET SET STATUS = 'cancelled',"
                    + " FINISHED_AT = ?, TURN = TURN + 1 WHERE ID = ? AND STATUS = 'waiting'")) {
                UtcColumns.set(update, 1, now);
                update.setLong(2, found.id());
                if (update.executeUpdate() == 0) {
                    throw new Refusal(409, "ticketing.take.notWaiting", found.number());
                }
            }
            Ticket cancelled = hall.ticket(tx, found.id()).orElseThrow();
            hall.event(tx, cancelled, "cancelled", now, "visitor");
            trail.record(tx, AuditEntry.by(caller, CANCELLED, "ticket:" + cancelled.id(), cancelled.number() + " "
                    + cancelled.day()));
            return cancelled;
        });
        events.tell(HallEvent.Kind.CHANGED, ticket, null);
        return ticket;
    }

    /** Whether {@code caller} may take numbers at the kiosk: from one of its addresses, or a clerk. */
    boolean atKiosk(Caller caller) {
        String kiosks = hours.config().kiosk_addresses();
        String address = literal(caller.clientAddress());
        return clerk(caller) || (!address.isEmpty() && kiosks != null && Arrays.stream(kiosks.split(","))
                .map(Dispenser::literal).anyMatch(address::equals));
    }

    /**
     * An address in one spelling ({@code ::1} and {@code [0:0:0:0:0:0:0:1]} alike); a text that is not an IP address
     * as written, lower case. No name is looked up.
     */
    static String literal(String address) {
        String text = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (!text.isEmpty() && (text.contains(":") || text.matches("[0-9.]+"))) {
            try {
                return java.net.InetAddress.getByName(text).getHostAddress();
            } catch (java.net.UnknownHostException e) {
                return text;
            }
        }
        return text;
    }

    /** Whether {@code caller} takes numbers at reception: a counter clerk or a supervisor. */
    static boolean clerk(Caller caller) {
        return caller.staff() && (caller.has(Role.COUNTER_CLERK) || caller.has(Role.SUPERVISOR));
    }

    /** When a number of {@code day} joins its queue, or the refusal saying why none is given for that day now. */
    private Instant queuedAt(LocalDate day, LocalDate today, Window window, Instant now) {
        if (!hours.bookableDays().contains(day)) {
            throw new Refusal(409, day.equals(today) ? "ticketing.take.closedToday" : "ticketing.take.notBookable");
        }
        HallHours.Opening opening = hours.opening(day).orElseThrow(() -> new Refusal(409,
                "ticketing.take.notBookable"));
        if (day.equals(today)) {
            LocalTime time = now.atZone(hours.zone()).toLocalTime();
            if (!time.isBefore(opening.closes())) {
                throw new Refusal(409, "ticketing.take.closedNow", opening.closes().toString());
            }
            Instant opens = day.atTime(opening.opens()).atZone(hours.zone()).toInstant();
            return now.isBefore(opens) ? opens : now;
        }
        LocalTime start = window == Window.MORNING ? opening.opens() : afternoon(opening);
        if (start == null) {
            throw new Refusal(409, "ticketing.take.noAfternoon");
        }
        return day.atTime(start).atZone(hours.zone()).toInstant();
    }

    /** When a day's afternoon starts: the end of the break, else noon within the hours; null when there is none. */
    static LocalTime afternoon(HallHours.Opening opening) {
        if (opening.breakEnd() != null) {
            return opening.breakEnd().isBefore(opening.closes()) ? opening.breakEnd() : null;
        }
        LocalTime noon = LocalTime.NOON;
        return noon.isAfter(opening.opens()) && noon.isBefore(opening.closes()) ? noon : null;
    }

    private Optional<Ticket> live(Connection tx, long account, long serviceId, LocalDate day) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + Hall.TICKET + " FROM TICKETING.TICKET T"
                + " WHERE T.ACCOUNT_ID = ? AND T.FIRST_SERVICE_ID = ? AND T.DAY = ?"
                + " AND T.STATUS IN ('waiting', 'called', 'serving', 'parked') ORDER BY T.ID")) {
            select.setLong(1, account);
            select.setLong(2, serviceId);
            select.setDate(3, Date.valueOf(day));
            return Hall.tickets(select).stream().findFirst();
        }
    }

    private static Ticket.Channel channel(String code) {
        if (code == null || code.isBlank()) {
            return Ticket.Channel.ONLINE;
        }
        try {
            return Ticket.Channel.of(code.trim());
        } catch (IllegalArgumentException e) {
            throw Refusal.badRequest("ticketing.take.channel");
        }
    }

    private static LocalDate day(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(text.trim());
            if (day.isBefore(today)) {
                throw new Refusal(409, "ticketing.take.past");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw Refusal.badRequest("ticketing.take.badDay");
        }
    }
}
