package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appointments (预约) for the slots of a service's bookable days: the places left in each slot (its capacity less the
 * booked and checked-in appointments), booking, changing to another slot, cancelling and rebooking a missed one,
 * each refused with its reason ({@code ticketing.appointment.…}) and audited in its transaction. A slot's
 * appointments are counted under the service's row lock ({@link Hall#lockService}), so two visitors never take its
 * last place twice; a visitor holds at most one live appointment of a service on a day. A change is one step: the
 * appointment moves to the new slot only once its place there is taken. Booked appointments not checked in by
 * their slot's end become missed: at every read and by {@link MissedSweep}.
 */
@Component(service = Appointments.class)
public final class Appointments {

    /** A slot of a day with the places left in it. */
    record Places(HallHours.Slot slot, int left) {
    }

    /** The longest reference another module may give. */
    static final int REFERENCE_MAX = 100;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Hall hall;
    private final HallHours hours;
    private final AppointmentNews news;

    @Activate
    public Appointments(@Reference Hall hall, @Reference HallHours hours, @Reference AppointmentNews news) {
        this.hall = hall;
        this.hours = hours;
        this.news = news;
    }

    /** The service's slots of a bookable day yet to start, with the places left; none on a day not bookable. */
    List<Places> slots(long serviceId, LocalDate day) throws SQLException {
        return hall.work().call(tx -> {
            HallService service = offered(tx, serviceId);
            List<Places> places = new ArrayList<>();
            if (!hours.bookableDays().contains(day)) {
                return places;
            }
            Map<Instant, Integer> taken = AppointmentRows.taken(tx, serviceId, day);
            Instant now = hours.now();
            for (HallHours.Slot slot : hours.slots(day, service.slotMinutes())) {
                if (!slot.start().isAfter(now)) {
                    continue;
                }
                places.add(new Places(slot, Math.max(0, service.slotCapacity() - taken.getOrDefault(slot.start(),
                        0))));
            }
            return places;
        });
    }

    /** Books the slot starting at {@code start} for the signed-in caller; {@code reference} may be null. */
    Appointment book(long serviceId, Instant start, String reference, Caller caller) throws SQLException {
        String ref = reference(reference);
        return hall.write(tx -> {
            HallService service = placeFor(tx, serviceId, start, caller, 0);
            HallHours.Slot slot = slot(service, start);
            Appointment booked = AppointmentRows.insert(tx, serviceId, slot, day(start), caller.accountId(), ref,
                    hours.now());
            news.recorded(tx, caller, AppointmentNews.BOOKED, booked, ref == null ? "" : "ref:" + ref);
            news.told(tx, "booked", booked, service, hours.zone());
            return booked;
        });
    }

    /** Moves the caller's booked appointment to the slot starting at {@code start}, before its own slot starts. */
    Appointment change(long id, Instant start, Caller caller) throws SQLException {
        return hall.write(tx -> {
            Appointment appointment = own(tx, id, caller);
            if (!appointment.changeable(hours.now())) {
                throw new Refusal(409, "ticketing.appointment.unchangeable");
            }
            if (appointment.slotStart().equals(start)) {
                throw new Refusal(409, "ticketing.appointment.sameSlot");
            }
            HallService service = placeFor(tx, appointment.serviceId(), start, caller, id);
            AppointmentRows.moved(tx, id, day(start), slot(service, start), hours.now());
            Appointment moved = AppointmentRows.byId(tx, id).orElseThrow();
            news.recorded(tx, caller, AppointmentNews.CHANGED, moved, "from:" + appointment.slotStart());
            news.told(tx, "changed", moved, service, hours.zone());
            return moved;
        });
    }

    /** Cancels the caller's booked appointment, before its slot starts. */
    Appointment cancel(long id, Caller caller) throws SQLException {
        return hall.write(tx -> {
            Appointment appointment = own(tx, id, caller);
            if (!appointment.changeable(hours.now())) {
                throw new Refusal(409, "ticketing.appointment.uncancellable");
            }
            AppointmentRows.status(tx, id, Appointment.Status.BOOKED, Appointment.Status.CANCELLED, hours.now(),
                    null, null);
            Appointment cancelled = AppointmentRows.byId(tx, id).orElseThrow();
            news.recorded(tx, caller, AppointmentNews.CANCELLED, cancelled, "");
            return cancelled;
        });
    }

    /**
     * Rebooks the caller's missed appointment to the slot starting at {@code start}, in one step: a new appointment
     * with the same service and reference, the missed one marked rebooked to it.
     */
    Appointment rebook(long id, Instant start, Caller caller) throws SQLException {
        sweep();
        return hall.write(tx -> {
            Appointment missed = own(tx, id, caller);
            if (missed.status() != Appointment.Status.MISSED) {
                throw new Refusal(409, "ticketing.appointment.notMissed");
            }
            HallService service = placeFor(tx, missed.serviceId(), start, caller, 0);
            Appointment booked = AppointmentRows.insert(tx, service.id(), slot(service, start), day(start),
                    caller.accountId(), missed.reference(), hours.now());
            if (!AppointmentRows.status(tx, id, Appointment.Status.MISSED, Appointment.Status.REBOOKED, hours.now(),
                    null, booked.id())) {
                throw new Refusal(409, "ticketing.appointment.notMissed");
            }
            news.recorded(tx, caller, AppointmentNews.REBOOKED, booked, "from:appointment:" + id);
            news.told(tx, "booked", booked, service, hours.zone());
            return booked;
        });
    }

    /** The caller's appointment (404 for anyone else's), missed ones marked first. */
    Appointment mine(long id, Caller caller) throws SQLException {
        sweep();
        return hall.work().call(tx -> own(tx, id, caller));
    }

    /** The caller's appointments, the latest slot first, missed ones marked first. */
    List<Appointment> mine(Caller caller) throws SQLException {
        sweep();
        return hall.work().call(tx -> AppointmentRows.of(tx, caller.accountId()));
    }

    /** Marks booked appointments whose slot has ended as missed, each audited; how many. */
    int sweep() throws SQLException {
        return hall.write(tx -> {
            int missed = 0;
            for (Appointment late : AppointmentRows.overdue(tx, hours.now())) {
                if (AppointmentRows.status(tx, late.id(), Appointment.Status.BOOKED, Appointment.Status.MISSED,
                        hours.now(), null, null)) {
                    news.missed(tx, late);
                    missed++;
                }
            }
            return missed;
        });
    }

    /** A time of the centre as people read it, for refusals. */
    String at(Instant instant) {
        return MINUTE.format(instant.atZone(hours.zone()));
    }

    /**
     * Locks the service and checks that the caller may take a place in the slot starting at {@code start}: a
     * future slot of a bookable day with a place left, no other live appointment of the caller that day
     * ({@code except}: the one being moved).
     */
    private HallService placeFor(Connection tx, long serviceId, Instant start, Caller caller, long except)
            throws SQLException {
        if (!caller.signedIn()) {
            throw new Refusal(401, "ticketing.appointment.signIn");
        }
        offered(tx, serviceId);
        HallService service = hall.lockService(tx, serviceId).orElseThrow();
        HallHours.Slot slot = slot(service, start);
        LocalDate day = day(start);
        if (AppointmentRows.holds(tx, caller.accountId(), serviceId, day, except)) {
            throw new Refusal(409, "ticketing.appointment.oneADay", day.toString());
        }
        int taken = AppointmentRows.taken(tx, serviceId, day).getOrDefault(slot.start(), 0);
        if (taken >= service.slotCapacity()) {
            throw new Refusal(409, "ticketing.appointment.full", at(slot.start()));
        }
        return service;
    }

    /** The slot of the service starting at {@code start}: a future slot of a bookable day, else refused. */
    private HallHours.Slot slot(HallService service, Instant start) {
        if (start == null) {
            throw Refusal.badRequest("ticketing.appointment.noSlot");
        }
        LocalDate day = day(start);
        if (!hours.bookableDays().contains(day)) {
            throw new Refusal(409, "ticketing.appointment.dayClosed", day.toString());
        }
        HallHours.Slot slot = hours.slots(day, service.slotMinutes()).stream().filter(s -> s.start().equals(start))
                .findFirst().orElseThrow(() -> new Refusal(409, "ticketing.appointment.noSuchSlot", at(start)));
        if (!slot.start().isAfter(hours.now())) {
            throw new Refusal(409, "ticketing.appointment.started", at(slot.start()));
        }
        return slot;
    }

    private HallService offered(Connection tx, long serviceId) throws SQLException {
        HallService service = hall.service(tx, serviceId)
                .orElseThrow(() -> new Refusal(404, "ticketing.error.service"));
        if (!service.active()) {
            throw new Refusal(409, "ticketing.appointment.notOffered");
        }
        return service;
    }

    private LocalDate day(Instant start) {
        return LocalDate.ofInstant(start, hours.zone());
    }

    private static Appointment own(Connection tx, long id, Caller caller) throws SQLException {
        return AppointmentRows.byId(tx, id).filter(a -> caller.signedIn() && a.accountId() == caller.accountId())
                .orElseThrow(() -> new Refusal(404, "ticketing.appointment.notFound"));
    }

    private static String reference(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String ref = reference.strip();
        if (ref.length() > REFERENCE_MAX || ref.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.badRequest("ticketing.appointment.badReference", REFERENCE_MAX);
        }
        return ref;
    }
}
