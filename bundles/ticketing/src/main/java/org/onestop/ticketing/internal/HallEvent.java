package org.onestop.ticketing.internal;

import java.time.Instant;
import java.util.Locale;

/**
 * Something the hall's screens show, told after its change is committed.
 *
 * @param seq           the gateway's running number of events (for a reconnecting board's {@code Last-Event-ID})
 * @param kind          what happened
 * @param at            when
 * @param ticketId      the number's id
 * @param number        the number as printed, e.g. {@code A012}
 * @param serviceId     the service it waits for (after a transfer: the new one)
 * @param counterNumber the counter it is called to, for calls and recalls; else null
 */
public record HallEvent(long seq, Kind kind, Instant at, long ticketId, String number, long serviceId,
        Integer counterNumber) {

    /** What happened to a number. */
    public enum Kind {
        /** Taken, or an appointment checked in: a service's queue grew. */
        TAKEN,
        /** Called to a counter (the first call). */
        CALLED,
        /** Called again to the same counter. */
        RECALLED,
        /** Left its queue or the counter in any other way (served, no-show, cancelled, transferred, parked, resumed). */
        CHANGED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the board speaks it. */
    public boolean isCall() {
        return kind == Kind.CALLED || kind == Kind.RECALLED;
    }
}
