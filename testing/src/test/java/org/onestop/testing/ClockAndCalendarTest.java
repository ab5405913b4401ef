package org.onestop.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The clock a test moves and the calendar it fixes. */
class ClockAndCalendarTest {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");

    @Test
    void theClockMovesOnlyWhenTheTestMovesIt() {
        TestClock clock = new TestClock(Instant.parse("2026-02-13T15:30:00Z"));
        assertEquals(Instant.parse("2026-02-13T15:30:00Z"), clock.instant());
        clock.advance(Duration.ofMinutes(45));
        assertEquals(Instant.parse("2026-02-13T16:15:00Z"), clock.instant());
        assertEquals(LocalDateTime.of(2026, 2, 14, 0, 15), LocalDateTime.now(clock.withZone(CENTRE)),
                "a zoned view moves with the clock");
        clock.set(Instant.parse("2026-03-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), clock.withZone(CENTRE).instant());
    }

    @Test
    void theCalendarCountsWorkingDaysAcrossHolidaysAndMakeUpDays() {
        TestClock clock = new TestClock(Instant.parse("2026-02-12T17:00:00Z"));
        FixedCalendar calendar = FixedCalendar.weekdays(clock, CENTRE)
                .withHolidays(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17))
                .withWorkdays(LocalDate.of(2026, 2, 14));
        assertEquals(LocalDate.of(2026, 2, 13), calendar.today(), "01:00 in Beijing is already Friday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)), "a make-up Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 16)));
        assertEquals(LocalDate.of(2026, 2, 18), calendar.addWorkingDays(calendar.today(), 2));
        assertEquals(LocalDate.of(2026, 2, 18), calendar.addCalendarDays(LocalDate.of(2026, 2, 13), 2),
                "a limit ending on a day off ends on the next working day");
        assertEquals(2, calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 18)));
        assertEquals(-2, calendar.workingDaysBetween(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 13)));
        clock.advance(Duration.ofDays(1));
        assertEquals(LocalDate.of(2026, 2, 14), calendar.today());
        assertEquals(LocalDate.of(2026, 3, 2), FixedCalendar.weekdays(LocalDate.of(2026, 2, 27))
                .addWorkingDays(LocalDate.of(2026, 2, 27), 1));
    }
}
