package org.onestop.ticketing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.CentreZone;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the hall is open: the working calendar's working days, from {@code opens} to {@code closes} without the
 * break, in the centre's zone; the days ahead for which numbers and appointments are given; and a day's appointment
 * slots. A setting that does not read as a time is logged and its default used.
 */
@Component(service = HallHours.class, configurationPid = TicketingConfig.PID)
@Designate(ocd = TicketingConfig.class)
public final class HallHours {

    private static final Logger LOG = LoggerFactory.getLogger(HallHours.class);

    /** A working day's hours, in the centre's zone; {@code breakStart}/{@code breakEnd} null without a break. */
    record Opening(LocalDate day, LocalTime opens, LocalTime closes, LocalTime breakStart, LocalTime breakEnd) {

        /** Whether {@code time} of this day is within the hours and not in the break. */
        boolean open(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes)
                    && (breakStart == null || time.isBefore(breakStart) || !time.isBefore(breakEnd));
        }
    }

    /** An appointment slot [{@code start}, {@code end}) of a day, as instants and as the centre's wall-clock times. */
    record Slot(Instant start, Instant end, LocalTime from, LocalTime to) {
    }

    private final WorkingCalendar calendar;
    private final CentreZone zone;
    private final Clock clock;
    private volatile TicketingConfig config;

    @Activate
    public HallHours(@Reference WorkingCalendar calendar, @Reference CentreZone zone, TicketingConfig config) {
        this(calendar, zone, config, Clock.systemUTC());
    }

    HallHours(WorkingCalendar calendar, CentreZone zone, TicketingConfig config, Clock clock) {
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
        this.config = config;
    }

    @Modified
    void modified(TicketingConfig changed) {
        this.config = changed;
    }

    TicketingConfig config() {
        return config;
    }

    ZoneId zone() {
        return zone.zone();
    }

    Instant now() {
        return clock.instant();
    }

    /** Today in the centre's zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone.zone());
    }

    /** The day's hours, or empty when the hall is closed that day. */
    Optional<Opening> opening(LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return Optional.empty();
        }
        TicketingConfig c = config;
        LocalTime opens = time(c.opens(), "opens", LocalTime.of(9, 0));
        LocalTime closes = time(c.closes(), "closes", LocalTime.of(17, 0));
        LocalTime breakStart = null;
        LocalTime breakEnd = null;
        String pause = c.break_time() == null ? "" : c.break_time().trim();
        if (!pause.isEmpty()) {
            String[] ends = pause.split("-", 2);
            breakStart = time(ends[0], "break.time", null);
            breakEnd = ends.length == 2 ? time(ends[1], "break.time", null) : null;
            if (breakStart == null || breakEnd == null || !breakStart.isBefore(breakEnd)) {
                breakStart = null;
                breakEnd = null;
            }
        }
        return Optional.of(new Opening(day, opens, closes, breakStart, breakEnd));
    }

    /** Whether the hall is open at {@code at}. */
    boolean isOpen(Instant at) {
        var local = at.atZone(zone.zone());
        return opening(local.toLocalDate()).map(o -> o.open(local.toLocalTime())).orElse(false);
    }

    /** Today (when the hall is open today) and the next {@code days.ahead} working days, in order. */
    List<LocalDate> bookableDays() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate today = today();
        if (calendar.isWorkingDay(today)) {
            days.add(today);
        }
        LocalDate day = today;
        for (int i = 0; i < Math.max(0, config.days_ahead()); i++) {
            day = calendar.addWorkingDays(day, 1);
            days.add(day);
        }
        return days;
    }

    /** The day's appointment slots of {@code minutes}, from opening to closing, none overlapping the break. */
    List<Slot> slots(LocalDate day, int minutes) {
        List<Slot> slots = new ArrayList<>();
        Optional<Opening> found = opening(day);
        if (found.isEmpty() || minutes <= 0) {
            return slots;
        }
        Opening o = found.get();
        Duration length = Duration.ofMinutes(minutes);
        LocalTime from = o.opens();
        while (!from.plus(length).isAfter(o.closes()) && from.plus(length).isAfter(from)) {
            LocalTime to = from.plus(length);
            if (o.breakStart() != null && from.isBefore(o.breakEnd()) && to.isAfter(o.breakStart())) {
                from = o.breakEnd();
                continue;
            }
            slots.add(new Slot(day.atTime(from).atZone(zone.zone()).toInstant(),
                    day.atTime(to).atZone(zone.zone()).toInstant(), from, to));
            from = to;
        }
        return slots;
    }

    private static LocalTime time(String text, String setting, LocalTime otherwise) {
        try {
            return LocalTime.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            LOG.warn("ticketing: the setting {} '{}' is not a time HH:mm; {}", setting, text,
                    otherwise == null ? "no break" : "using " + otherwise);
            return otherwise;
        }
    }
}
