package org.onestop.api.cases;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The centre's working days, from configuration: weekends off, the listed public holidays off, the listed make-up
 * working days (调休) on. Deadlines are counted with it.
 */
@ProviderType
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The day {@code days} working days after {@code from} ({@code from} itself not counted). */
    LocalDate addWorkingDays(LocalDate from, int days);

    /**
     * The last day of a time limit of {@code days} calendar days from {@code from} ({@code from} itself not counted):
     * that day, or the first working day after it when it is a day off.
     */
    LocalDate addCalendarDays(LocalDate from, int days);

    /**
     * The working days after {@code from} up to and including {@code to}; 0 when equal, negative (the working days
     * after {@code to} up to {@code from}) when {@code to} is before {@code from}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Today, in the centre's time zone. */
    LocalDate today();
}
