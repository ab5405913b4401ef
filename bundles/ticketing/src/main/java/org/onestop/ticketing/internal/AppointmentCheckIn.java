package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checking an appointment in within its slot, from {@code check.in.early.minutes} before the start until the slot's
 * end: at the kiosk with the short check-in code (typed or scanned), by a counter clerk at reception (the code, or
 * the appointment itself), or online by the signed-in visitor. It takes a number of the appointment's service with
 * priority 1 in the same transaction ({@link Numbers#take}), so the number is called ahead of walk-ins, and tells the
 * hall's screens after the commit. Too early or too late is refused saying when.
 */
@Component(service = AppointmentCheckIn.class)
public final class AppointmentCheckIn {

    /** An appointment checked in and its number. */
    record CheckedIn(Appointment appointment, Ticket ticket, HallService service) {
    }

    private final Hall hall;
    private final HallHours hours;
    private final Numbers numbers;
    private final HallEvents events;
    private final Appointments appointments;
    private final AppointmentNews news;

    @Activate
    public AppointmentCheckIn(@Reference Hall hall, @Reference HallHours hours, @Reference Numbers numbers,
            @Reference HallEvents events, @Reference Appointments appointments, @Reference AppointmentNews news) {
        this.hall = hall;
        this.hours = hours;
        this.numbers = numbers;
        this.events = events;
        this.appointments = appointments;
        this.news = news;
    }

    /** The appointment of a check-in code, typed at the kiosk (a counter clerk's: at reception). */
    CheckedIn byCode(String typed, Caller caller) throws SQLException {
        String code = AppointmentRows.typed(typed);
        if (code == null) {
            throw Refusal.badRequest("ticketing.appointment.noCode");
        }
        Ticket.Channel channel = caller.has(Role.COUNTER_CLERK) ? Ticket.Channel.RECEPTION : Ticket.Channel.KIOSK;
        return checkIn(tx -> AppointmentRows.byCode(tx, code), channel, caller);
    }

    /** The appointment {@code id}: online by its visitor, or at reception by a counter clerk. */
    CheckedIn byId(long id, Caller caller) throws SQLException {
        boolean clerk = caller.has(Role.COUNTER_CLERK);
        return checkIn(tx -> AppointmentRows.byId(tx, id).filter(a -> clerk || caller.signedIn()
                && a.accountId() == caller.accountId()), clerk ? Ticket.Channel.RECEPTION : Ticket.Channel.ONLINE,
                caller);
    }

    /** From when the appointment can be checked in. */
    Instant opens(Appointment appointment) {
        return appointment.slotStart().minus(Duration.ofMinutes(Math.max(0,
                hours.config().check_in_early_minutes())));
    }

    /** Whether it can be checked in now. */
    boolean open(Appointment appointment) {
        Instant now = hours.now();
        return appointment.status() == Appointment.Status.BOOKED && !now.isBefore(opens(appointment))
                && now.isBefore(appointment.slotEnd());
    }

    private interface Finding {
        Optional<Appointment> find(Connection tx) throws SQLException;
    }

    private CheckedIn checkIn(Finding finding, Ticket.Channel channel, Caller caller) throws SQLException {
        appointments.sweep();
        CheckedIn done = hall.write(tx -> {
            Appointment appointment = finding.find(tx)
                    .orElseThrow(() -> new Refusal(404, "ticketing.appointment.unknownCode"));
            Instant now = hours.now();
            switch (appointment.status()) {
                case CHECKED_IN -> throw new Refusal(409, "ticketing.appointment.alreadyCheckedIn",
                        appointments.at(appointment.checkedInAt()));
                case MISSED, REBOOKED -> throw new Refusal(409, "ticketing.appointment.late",
                        appointments.at(appointment.slotEnd()));
                case CANCELLED -> throw new Refusal(409, "ticketing.appointment.wasCancelled");
                default -> {
                    // booked: within its window?
                }
            }
            if (now.isBefore(opens(appointment))) {
                throw new Refusal(409, "ticketing.appointment.early", appointments.at(opens(appointment)),
                        appointments.at(appointment.slotStart()));
            }
            if (!now.isBefore(appointment.slotEnd())) {
                throw new Refusal(409, "ticketing.appointment.late", appointments.at(appointment.slotEnd()));
            }
            Ticket ticket = numbers.take(tx, new Numbers.Taking(appointment.serviceId(), appointment.day(), channel,
                    appointment.accountId(), appointment.id(), 1, now), now);
            if (!AppointmentRows.status(tx, appointment.id(), Appointment.Status.BOOKED,
                    Appointment.Status.CHECKED_IN, now, ticket.id(), null)) {
                throw new Refusal(409, "ticketing.appointment.alreadyCheckedIn", appointments.at(now));
            }
            hall.event(tx, ticket, "checked_in", now, "appointment:" + appointment.id());
            Appointment checkedIn = AppointmentRows.byId(tx, appointment.id()).orElseThrow();
            news.recorded(tx, caller, AppointmentNews.CHECKED_IN, checkedIn, channel.code() + " " + ticket.number());
            return new CheckedIn(checkedIn, ticket, hall.service(tx, ticket.serviceId()).orElseThrow());
        });
        events.tell(HallEvent.Kind.TAKEN, done.ticket(), null);
        return done;
    }
}
