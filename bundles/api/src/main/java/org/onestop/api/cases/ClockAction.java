package org.onestop.api.cases;

/** What a transition does to one of the case's deadline clocks. */
public enum ClockAction {
    /** Starts the clock afresh: due after the deadline's working days, counted from the day of the move. */
    START,
    /** Stops the count and keeps the working days left. */
    PAUSE,
    /** Counts on from the day of the move with the working days kept at the pause. */
    RESUME,
    /** Ends the clock; it no longer counts. */
    STOP,
    /**
     * Gives a running or paused clock more days (of the deadline's kind, {@link ClockEffect#days()}): a running
     * clock's due date moves on by them, a paused one keeps them with the days left; a stopped clock is left alone.
     * E.g. a handling limit of 90 days from acceptance becomes 120 when the case is found complex.
     */
    EXTEND
}
