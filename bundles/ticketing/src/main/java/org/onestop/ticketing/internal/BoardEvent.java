package org.onestop.ticketing.internal;

import java.time.Instant;

/**
 * A {@link HallEvent} as the board's stream sends it in an event's data (JSON), its kind as the event's name.
 *
 * @param kind          {@code taken}, {@code called}, {@code recalled} or {@code changed}
 * @param counterNumber the counter called to, for calls and recalls; else null
 */
public record BoardEvent(long seq, String kind, Instant at, long ticketId, String number, long serviceId,
        Integer counterNumber) {

    static BoardEvent of(HallEvent event) {
        return new BoardEvent(event.seq(), event.kind().code(), event.at(), event.ticketId(), event.number(),
                event.serviceId(), event.counterNumber());
    }
}
