package org.onestop.cases.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onestop.testing.TestClock;

/** Due dates in working days with the 2026 schedule the gateway ships, and a configuration with typos. */
class ConfiguredCalendarTest {

    private static final Path SHIPPED = Path.of("../../config/org.onestop.platform.calendar.cfg");

    private static CalendarConfig config(String zone, String weekend, String holidays, String workdays) {
        return new CalendarConfig() {
            public Class<? extends Annotation> annotationType() {
                return CalendarConfig.class;
            }

            public String time_zone() {
                return zone;
            }

            public String weekend_days() {
                return weekend;
            }

            public String holidays() {
                return holidays;
            }

            public String workdays() {
                return workdays;
            }
        };
    }

    /** The calendar as the shipped configuration file sets it. */
    private static ConfiguredCalendar shipped() throws Exception {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8)) {
            file.load(reader);
        }
        return new ConfiguredCalendar(config(file.getProperty("time.zone"), file.getProperty("weekend.days"),
                file.getProperty("holidays"), file.getProperty("workdays")),
                new TestClock(Instant.parse("2026-03-02T01:00:00Z")));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theShippedFileHoldsThe2026Schedule() throws Exception {
        HolidaySchedule schedule = shipped().schedule();

        assertEquals(Set.of(), Set.copyOf(schedule.problems()));
        assertEquals(ZoneId.of("Asia/Shanghai"), schedule.zone());
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), schedule.weekend());
        assertEquals(3 + 9 + 3 + 5 + 3 + 3 + 7, schedule.holidays().size());
        assertEquals(Set.of(day("2026-01-04"), day("2026-02-14"), day("2026-02-28"), day("2026-05-09"),
                day("2026-09-20"), day("2026-10-10")), schedule.workdays());
    }

    @Test
    void aDeadlineSkipsTheWeekendAndDoesNotCountItsStartDay() throws Exception {
        ConfiguredCalendar calendar = shipped();

        assertEquals(day("2026-03-05"), calendar.addWorkingDays(day("2026-03-02"), 3), "Monday + 3 is Thursday");
        assertEquals(day("2026-03-09"), calendar.addWorkingDays(day("2026-03-05"), 2), "Thursday + 2 is Monday");
        assertEquals(day("2026-03-09"), calendar.addWorkingDays(day("2026-03-07"), 1), "from a Saturday");
        assertEquals(day("2026-03-16"), calendar.addWorkingDays(day("2026-03-02"), 10), "two weeks");
        assertEquals(day("2026-03-04"), calendar.addWorkingDays(day("2026-03-04"), 0));
        assertEquals(day("2026-03-06"), calendar.addWorkingDays(day("2026-03-09"), -1), "backwards over a weekend");
    }

    @Test
    void aTimeLimitInCalendarDaysThatEndsOnADayOffEndsOnTheNextWorkingDay() throws Exception {
        ConfiguredCalendar calendar = shipped();

        assertEquals(LocalDate.of(2026, 3, 12), calendar.addCalendarDays(LocalDate.of(2026, 3, 2), 10),
                "a Thursday: ten days later");
        assertEquals(LocalDate.of(2026, 3, 16), calendar.addCalendarDays(LocalDate.of(2026, 3, 4), 10),
                "ten days end on Saturday 14 March: the limit ends on Monday");
        assertEquals(LocalDate.of(2026, 2, 24), calendar.addCalendarDays(LocalDate.of(2026, 2, 10), 10),
                "ten days end inside the Spring Festival holiday (15-23 February): the limit ends after it");
    }

    @Test
    void aDeadlineRunsOverTheSpringFestivalAndItsMakeUpSaturdays() throws Exception {
        ConfiguredCalendar calendar = shipped();

        assertTrue(calendar.isWorkingDay(day("2026-02-14")), "Saturday Feb 14 is worked");
        assertTrue(calendar.isWorkingDay(day("2026-02-28")), "Saturday Feb 28 is worked");
        assertFalse(calendar.isWorkingDay(day("2026-02-16")), "a Monday of the festival");
        assertFalse(calendar.isWorkingDay(day("2026-02-23")), "the festival's last day, a Monday");
        assertTrue(calendar.isWorkingDay(day("2026-02-24")));
        // Friday Feb 13, 5 working days: Sat 14 (make-up), then the holidays until Mon 23, Tue 24 … Fri 27
        assertEquals(day("2026-02-27"), calendar.addWorkingDays(day("2026-02-13"), 5));
        // Wednesday Feb 11, 10 working days: 12, 13, 14, 24, 25, 26, 27, 28 (make-up), Mar 2, Mar 3
        assertEquals(day("2026-03-03"), calendar.addWorkingDays(day("2026-02-11"), 10));
        assertEquals(10, calendar.workingDaysBetween(day("2026-02-11"), day("2026-03-03")));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() throws Exception {
        ConfiguredCalendar calendar = shipped();

        assertTrue(calendar.isWorkingDay(day("2026-05-09")));
        assertFalse(calendar.isWorkingDay(day("2026-05-16")), "an ordinary Saturday");
        assertEquals(day("2026-05-09"), calendar.addWorkingDays(day("2026-05-08"), 1), "Friday + 1 is that Saturday");
        assertEquals(day("2026-05-06"), calendar.addWorkingDays(day("2026-04-30"), 1), "over Labour Day");
        assertEquals(day("2026-10-08"), calendar.addWorkingDays(day("2026-09-30"), 1), "over National Day");
        assertEquals(day("2026-10-10"), calendar.addWorkingDays(day("2026-09-30"), 3), "Oct 8, 9 and Saturday 10");
        assertTrue(calendar.isWorkingDay(day("2026-09-20")), "a make-up Sunday");
    }

    @Test
    void workingDaysBetweenCountsBothWays() throws Exception {
        ConfiguredCalendar calendar = shipped();

        assertEquals(0, calendar.workingDaysBetween(day("2026-03-04"), day("2026-03-04")));
        assertEquals(5, calendar.workingDaysBetween(day("2026-03-02"), day("2026-03-09")));
        assertEquals(-5, calendar.workingDaysBetween(day("2026-03-09"), day("2026-03-02")));
        assertEquals(0, calendar.workingDaysBetween(day("2026-03-06"), day("2026-03-08")), "only the weekend");
        assertEquals(0, calendar.workingDaysBetween(day("2026-04-30"), day("2026-05-05")), "only Labour Day");
        assertEquals(1, calendar.workingDaysBetween(day("2026-04-30"), day("2026-05-06")));
        assertEquals(-3, calendar.workingDaysBetween(day("2026-05-11"), day("2026-05-07")), "May 8, 9 (make-up), 11");
        assertEquals(3, calendar.workingDaysBetween(day("2026-05-07"), day("2026-05-11")));
    }

    @Test
    void aPausedClockKeepsItsWorkingDaysAndResumesFromTheLaterDay() throws Exception {
        ConfiguredCalendar calendar = shipped();
        LocalDate started = day("2026-02-02");
        LocalDate due = calendar.addWorkingDays(started, 15);
        assertEquals(day("2026-02-28"), due, "Feb 3–14 are 10 (with the make-up 14th), then Feb 24–28");

        // paused on Monday Feb 9 (a correction is requested): the days left are kept
        LocalDate paused = day("2026-02-09");
        int left = calendar.workingDaysBetween(paused, due);
        assertEquals(10, left, "Feb 10–14 and Feb 24–28");

        // resumed on Friday Mar 6 (the applicant answered): the same days are added from there
        LocalDate resumed = day("2026-03-06");
        LocalDate newDue = calendar.addWorkingDays(resumed, left);
        assertEquals(day("2026-03-20"), newDue, "two full weeks");
        assertEquals(left, calendar.workingDaysBetween(resumed, newDue));
    }

    @Test
    void todayIsTheDateInTheCentresTimeZone() {
        TestClock clock = new TestClock(Instant.parse("2026-03-01T17:30:00Z"));
        ConfiguredCalendar calendar = new ConfiguredCalendar(config("Asia/Shanghai", "SATURDAY,SUNDAY", "", ""),
                clock);

        assertEquals(day("2026-03-02"), calendar.today(), "01:30 on Monday in Beijing");
    }

    @Test
    void malformedEntriesAreLeftOutAndTheRestIsUsed() {
        ConfiguredCalendar calendar = new ConfiguredCalendar(config("Mars/Olympus", "SATURDAY, Sundy, SUNDAY",
                "2026-10-01..2026-10-07, 2026-13-01, 2026-10-09..2026-10-08, yesterday,, 2026-01-01..2062-01-01 ,"
                        + "2026-06-19 .. 2026-06-21",
                "2026-10-10; 2026-02-30"), new TestClock(Instant.parse("2026-03-02T01:00:00Z")));
        HolidaySchedule schedule = calendar.schedule();

        assertEquals(ZoneId.of("Asia/Shanghai"), schedule.zone(), "an unknown zone falls back to the default");
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), schedule.weekend());
        assertEquals(7 + 3, schedule.holidays().size(), "National Day and Dragon Boat, the others left out");
        assertEquals(Set.of(day("2026-10-10")), schedule.workdays());
        assertEquals(7, schedule.problems().size(), String.join("\n", schedule.problems()));
        assertTrue(schedule.problems().stream().anyMatch(p -> p.contains("\"2026-13-01\"")));
        assertTrue(schedule.problems().stream().anyMatch(p -> p.startsWith("weekend.days: \"Sundy\"")));
        assertEquals(day("2026-10-10"), calendar.addWorkingDays(day("2026-09-30"), 3),
                "National Day off, Oct 8, 9 and the make-up Oct 10 worked");
    }

    @Test
    void aWeekWithoutWorkingDaysFallsBackToTheUsualWeekend() {
        ConfiguredCalendar calendar = new ConfiguredCalendar(config("UTC",
                "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY", "", ""));

        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), calendar.schedule().weekend());
        assertEquals(1, calendar.schedule().problems().size());
    }
}
