package org.onestop.ticketing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An appointment (预约) for a slot of a service on a day, as stored (see {@code V1__ticketing.sql}).
 *
 * @param code        the short check-in code the visitor types or scans at the kiosk (the row's {@code ACCESS_KEY})
 * @param reference   what another module booked it for (e.g. a case's tracking number), or null
 * @param ticketId    the number it was checked in with, or null
 * @param rebookedTo  the appointment a missed one was rebooked to, or null
 */
public record Appointment(long id, long serviceId, LocalDate day, Instant slotStart, Instant slotEnd,
        long accountId, String code, String reference, Status status, Instant bookedAt, Instant changedAt,
        Instant checkedInAt, Long ticketId, Long rebookedTo) {

    /** Where an appointment is. */
    public enum Status {
        /** Booked, not yet checked in. */
        BOOKED,
        /** Checked in: its number waits ahead of walk-ins. */
        CHECKED_IN,
        /** Cancelled by the visitor. */
        CANCELLED,
        /** Not checked in by its slot's end. */
        MISSED,
        /** Missed, then rebooked to another appointment. */
        REBOOKED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }

        /** Whether it holds its slot's place. */
        public boolean live() {
            return this == BOOKED || this == CHECKED_IN;
        }
    }

    /** Whether it can still be changed or cancelled at {@code now}: booked and its slot not started. */
    public boolean changeable(Instant now) {
        return status == Status.BOOKED && now.isBefore(slotStart);
    }
}
