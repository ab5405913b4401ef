package org.onestop.preexam.internal.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.onestop.api.cases.WorkingCalendar;

/** A calendar whose today is fixed, weekends off; statistics only ask it for today. */
record CentreToday(LocalDate today) implements WorkingCalendar {

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
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
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate a = sign > 0 ? from : to;
        LocalDate b = sign > 0 ? to : from;
        int n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return sign * n;
    }
}
