package org.onestop.ticketing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A number of the hall for a day, as stored (see {@code V1__ticketing.sql}).
 *
 * @param serviceId      the service it waits for now (a transfer changes it)
 * @param firstServiceId the service it was taken for
 * @param number         as printed, e.g. {@code A012}
 * @param accessKey      the secret of the ticket's link
 * @param priority       1 for an appointment checked in (ahead of walk-ins), else 0
 * @param queuedAt       when it joined the queue; orders it after the priority (a transfer keeps it)
 * @param calls          how many times it was called (recalls included)
 */
public record Ticket(long id, LocalDate day, long serviceId, long firstServiceId, String number, Channel channel,
        Long accountId, String accessKey, Long appointmentId, int priority, Status status, Instant takenAt,
        Instant queuedAt, Long counterId, Long clerkId, int calls, Instant firstCalledAt, Instant calledAt,
        Instant servingAt, Instant finishedAt, String note) {

    /** Where the number was taken. */
    public enum Channel {
        ONLINE, KIOSK, RECEPTION;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Channel of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** Where the number is. */
    public enum Status {
        /** In its service's queue. */
        WAITING,
        /** Called to a counter, not yet there. */
        CALLED,
        /** At the counter. */
        SERVING,
        /** Put aside by the clerk (the visitor fetches a document); resumed later at the same counter. */
        PARKED,
        /** Served. */
        DONE,
        /** Did not come when called (final). */
        NO_SHOW,
        /** Given up by the visitor or the clerk. */
        CANCELLED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }

        /** Whether the number's visit is over. */
        public boolean finished() {
            return this == DONE || this == NO_SHOW || this == CANCELLED;
        }
    }
}
