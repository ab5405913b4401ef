package org.onestop.ticketing.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appointments as pages and JSON show them ({@link Shown}): with the service's name and the status in the reader's
 * language, the number when checked in, what the visitor may do now; and the visitor's input read: days and slot
 * starts, refused with 400 in the reader's words when they do not read.
 */
@Component(service = AppointmentViews.class)
public final class AppointmentViews {

    /** A number taken by a check-in, as the visitor follows it ({@code /ticketing/tickets/{key}}). */
    public record Number(long id, String key, String number, LocalDate day, int priority) {

        static Number of(Ticket ticket) {
            return ticket == null ? null : new Number(ticket.id(), ticket.accessKey(), ticket.number(), ticket.day(),
                    ticket.priority());
        }
    }

    /** The service an appointment is for. */
    public record Service(long id, String code, String name) {
    }

    /**
     * An appointment as shown.
     *
     * @param code          the check-in code
     * @param checkInOpens  from when it can be checked in
     * @param canChange     whether it can be changed or cancelled now
     * @param canCheckIn    whether it can be checked in now
     * @param canRebook     whether it is missed and can be rebooked
     */
    public record Shown(long id, Service service, LocalDate day, Instant start, Instant end, String status,
            String statusLabel, String code, String reference, Instant bookedAt, Instant checkedInAt,
            Number ticket, Long rebookedTo, Instant checkInOpens, boolean canChange, boolean canCheckIn,
            boolean canRebook, boolean upcoming) {
    }

    private final Hall hall;
    private final HallHours hours;
    private final AppointmentCheckIn checkIn;
    private final Messages messages;

    @Activate
    public AppointmentViews(@Reference Hall hall, @Reference HallHours hours, @Reference AppointmentCheckIn checkIn,
            @Reference Messages messages) {
        this.hall = hall;
        this.hours = hours;
        this.checkIn = checkIn;
        this.messages = messages;
    }

    Shown shown(Appointment appointment, Language language) throws SQLException {
        return shown(List.of(appointment), language).get(0);
    }

    List<Shown> shown(List<Appointment> appointments, Language language) throws SQLException {
        Instant now = hours.now();
        return hall.work().call(tx -> {
            List<Shown> shown = new ArrayList<>();
            for (Appointment a : appointments) {
                HallService service = hall.service(tx, a.serviceId()).orElseThrow();
                Ticket ticket = a.ticketId() == null ? null : hall.ticket(tx, a.ticketId()).orElse(null);
                shown.add(new Shown(a.id(), new Service(service.id(), service.code(), service.name(language)),
                        a.day(), a.slotStart(), a.slotEnd(), a.status().code(), messages.text(language,
                                "ticketing.appointment.status." + a.status().code()), a.code(), a.reference(),
                        a.bookedAt(), a.checkedInAt(), Number.of(ticket), a.rebookedTo(), checkIn.opens(a),
                        a.changeable(now), checkIn.open(a), a.status() == Appointment.Status.MISSED,
                        a.status().live() && now.isBefore(a.slotEnd())));
            }
            return shown;
        });
    }

    /** The service named by its code or id; empty for none or an unknown one. */
    Optional<HallService> service(String named) throws SQLException {
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        String name = named.strip();
        return hall.work().call(hall::services).stream().filter(s -> s.code().equals(name)
                || String.valueOf(s.id()).equals(name)).findFirst();
    }

    /** A day typed as {@code yyyy-MM-dd}; null when blank. */
    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.badRequest("ticketing.appointment.badDay");
        }
    }

    /** A slot's start: an instant ({@code 2026-12-01T02:00:00Z}) or the centre's wall-clock time; null when blank. */
    Instant start(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(hours.zone()).toInstant();
            } catch (DateTimeParseException again) {
                throw Refusal.badRequest("ticketing.appointment.badStart");
            }
        }
    }
}
