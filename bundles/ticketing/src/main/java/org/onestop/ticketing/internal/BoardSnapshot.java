package org.onestop.ticketing.internal;

import java.time.Instant;
import java.util.List;

import org.onestop.api.cases.Label;

/**
 * What the hall's display board shows at one moment, today: the numbers called to a counter and not yet finished
 * (newest call first), the last calls (recalls included), the numbers waiting per active service, and the words the
 * board speaks for a call. A board applies the events after {@code seq} to it.
 *
 * @param seq         the last event told before the figures were read (0: none since the gateway started)
 * @param asOf        when they were read
 * @param day         the centre's day shown, {@code yyyy-MM-dd}
 * @param calling     the numbers called or at a counter now, newest call first
 * @param recentCalls the last {@value HallBoard#RECENT_CALLS} calls and recalls, newest first
 * @param waiting     each active service with its waiting numbers, in the services' order
 * @param callWords   the words spoken for a call; {@code {number}} and {@code {counter}} are replaced
 */
public record BoardSnapshot(long seq, Instant asOf, String day, List<Call> calling, List<Call> recentCalls,
        List<Waiting> waiting, String callWords) {

    public BoardSnapshot {
        calling = List.copyOf(calling);
        recentCalls = List.copyOf(recentCalls);
        waiting = List.copyOf(waiting);
    }

    /**
     * A number called to a counter.
     *
     * @param kind     {@code called} or {@code recalled} for a call of the last calls; the number's status
     *                 ({@code called}, {@code serving}) for one being called now
     * @param calledAt when it was called (last)
     */
    public record Call(long ticketId, String number, int counter, long serviceId, Label service, String kind,
            Instant calledAt) {
    }

    /** A service of the hall with the numbers waiting for it. */
    public record Waiting(long serviceId, String prefix, Label service, int waiting) {
    }
}
