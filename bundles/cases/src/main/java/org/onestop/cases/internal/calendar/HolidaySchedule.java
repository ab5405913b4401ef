package org.onestop.cases.internal.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The calendar configuration read into sets of days: the weekly days off, the holidays and the make-up working days,
 * in the centre's time zone. An entry that cannot be read is left out and described in {@link #problems()}, so that
 * one typo does not take the rest of the schedule with it.
 *
 * @param zone     the centre's time zone
 * @param weekend  the days of the week that are off
 * @param holidays the dates off although they fall on a weekday
 * @param workdays the dates worked although they fall on a weekend (调休); they win over holidays
 * @param problems a sentence per entry left out
 */
public record HolidaySchedule(ZoneId zone, Set<DayOfWeek> weekend, Set<LocalDate> holidays, Set<LocalDate> workdays,
        List<String> problems) {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    static final Set<DayOfWeek> DEFAULT_WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    /** The longest range accepted: a longer one is taken for a typo in a year. */
    static final int LONGEST_RANGE_DAYS = 31;

    public HolidaySchedule {
        weekend = Set.copyOf(weekend);
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
        problems = List.copyOf(problems);
    }

    public static HolidaySchedule of(CalendarConfig config) {
        return of(config.time_zone(), config.weekend_days(), config.holidays(), config.workdays());
    }

    /** Reads the four settings as the configuration gives them; null reads as empty. */
    public static HolidaySchedule of(String zone, String weekend, String holidays, String workdays) {
        List<String> problems = new ArrayList<>();
        return new HolidaySchedule(zone(zone, problems), weekend(weekend, problems),
                days("holidays", holidays, problems), days("workdays", workdays, problems), problems);
    }

    private static ZoneId zone(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            problems.add("time.zone: \"" + text.strip() + "\" is not a time zone (such as Asia/Shanghai); "
                    + DEFAULT_ZONE + " is used");
            return DEFAULT_ZONE;
        }
    }

    private static Set<DayOfWeek> weekend(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return DEFAULT_WEEKEND;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String entry : entries(text)) {
            try {
                days.add(DayOfWeek.valueOf(entry.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("weekend.days: \"" + entry + "\" is not a day of the week (MONDAY … SUNDAY); left out");
            }
        }
        if (days.size() == DayOfWeek.values().length) {
            problems.add("weekend.days: every day of the week is off, so no deadline could ever end; "
                    + "SATURDAY,SUNDAY is used");
            return DEFAULT_WEEKEND;
        }
        return days;
    }

    private static Set<LocalDate> days(String key, String text, List<String> problems) {
        Set<LocalDate> days = new HashSet<>();
        if (text == null) {
            return days;
        }
        for (String entry : entries(text)) {
            try {
                int dots = entry.indexOf("..");
                LocalDate first = LocalDate.parse(dots < 0 ? entry : entry.substring(0, dots).strip());
                LocalDate last = dots < 0 ? first : LocalDate.parse(entry.substring(dots + 2).strip());
                long length = ChronoUnit.DAYS.between(first, last) + 1;
                if (length < 1 || length > LONGEST_RANGE_DAYS) {
                    problems.add(key + ": \"" + entry + "\" must run forwards and span at most "
                            + LONGEST_RANGE_DAYS + " days; left out");
                    continue;
                }
                first.datesUntil(last.plusDays(1)).forEach(days::add);
            } catch (DateTimeException e) {
                problems.add(key + ": \"" + entry + "\" is neither a date (2026-10-01) nor a range "
                        + "(2026-10-01..2026-10-07); left out");
            }
        }
        return days;
    }

    private static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        for (String entry : text.split("[,;]")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }
}
