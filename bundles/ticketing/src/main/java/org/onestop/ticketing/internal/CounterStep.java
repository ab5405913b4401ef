package org.onestop.ticketing.internal;

import java.util.Locale;

/**
 * A clerk's step at a counter: its word on a number's history ({@code TICKET_EVENT.KIND}; none for opening and
 * closing the counter) and its audit action {@code ticketing.counter.<step>}.
 */
enum CounterStep {
    OPENED, CLOSED, CALLED, RECALLED, NO_SHOW, SERVING, PARKED, RESUMED, TRANSFERRED, DONE;

    /** The kind of the history entry, e.g. {@code no_show}. */
    String history() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The audit action, e.g. {@code ticketing.counter.no-show}. */
    String action() {
        return "ticketing.counter." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
