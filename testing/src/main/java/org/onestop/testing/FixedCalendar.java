package org.onestop.testing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

import org.onestop.api.cases.WorkingCalendar;

/**
 * A working calendar fixed by the test: Monday to Friday, less the holidays it names, plus the make-up working days
 * it names, counted as the platform's calendar counts them. Its today is a date the test gives, or the day of a
 * {@link TestClock} in the centre's zone.
 */
public final class FixedCalendar implements WorkingCalendar {

    private final Supplier<LocalDate> today;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    private FixedCalendar(Supplier<LocalDate> today, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.today = today;
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    /** Monday to Friday, no holidays, today {@code today}. */
    public static FixedCalendar weekdays(LocalDate today) {
        return new FixedCalendar(() -> today, Set.of(), Set.of());
    }

    /** Monday to Friday, no holidays, today the day of {@code clock} in {@code zone}. */
    public static FixedCalendar weekdays(Clock clock, ZoneId zone) {
        return new FixedCalendar(() -> clock.instant().atZone(zone).toLocalDate(), Set.of(), Set.of());
    }

    /** This calendar with {@code days} off as well. */
    public FixedCalendar withHolidays(LocalDate... days) {
        return new FixedCalendar(today, union(holidays, days), workdays);
    }

    /** This calendar with {@code days} worked although on a weekend (make-up working days, 调休). */
    public FixedCalendar withWorkdays(LocalDate... days) {
        return new FixedCalendar(today, holidays, union(workdays, days));
    }

    private static Set<LocalDate> union(Set<LocalDate> days, LocalDate... more) {
        java.util.HashSet<LocalDate> all = new java.util.HashSet<>(days);
        all.addAll(Arrays.asList(more));
        return all;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    @Override
    public LocalDate today() {
        return today.get();
    }
}
