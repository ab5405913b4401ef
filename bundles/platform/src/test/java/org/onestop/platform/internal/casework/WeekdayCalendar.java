package org.onestop.platform.internal.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.onestop.api.cases.WorkingCalendar;

/** A calendar of Monday to Friday with no holidays, whose today the test sets. */
final class WeekdayCalendar implements WorkingCalendar {

    private final LocalDate today;

    WeekdayCalendar(LocalDate today) {
        this.today = today;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0;) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public LocalDate addCalendarDays(LocalDate from, int days) {
        LocalDate day = from.plusDays(days);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            days += isWorkingDay(day) ? 1 : 0;
        }
        return days;
    }

    @Override
    public LocalDate today() {
        return today;
    }
}
