package org.onestop.api.cases;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The centre's working days, from configuration: weekends off, the listed public holidays off, the listed make-up
 * working days (调休) on. Deadlines are counted with it. An implementation says which days are worked and what
 * today is; the counting is the same for every calendar.
 */
@ProviderType
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate day);

    /**
     * The day {@code days} working days after {@code from} ({@code from} itself not counted); before it for a
     * negative {@code days}.
     */
    default LocalDate addWorkingDays(LocalDate from, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate day = from;
        for (int left = Math.abs(days); left > 0;) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The last day of a time limit of {@code days} calendar days from {@code from} ({@code from} itself not counted):
     * that day, or the first working day after it when it is a day off.
     */
    default LocalDate addCalendarDays(LocalDate from, int days) {
        LocalDate day = from.plusDays(days);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; 0 when equal, negative (the working days
     * after {@code to} up to {@code from}) when {@code to} is before {@code from}.
     */
    default int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Today, in the centre's time zone. */
    LocalDate today();
}
