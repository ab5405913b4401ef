package org.onestop.api.cases;

/** How a {@link Deadline}'s days are counted. */
public enum DayCount {
    /** Working days of the centre's {@link WorkingCalendar}. */
    WORKING,
    /**
     * Calendar days; a time limit whose last day is a day off ends on the next working day (as statutory time
     * limits do).
     */
    CALENDAR
}
