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
    STOP
}
