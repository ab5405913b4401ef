package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.TestClock;

class HallHoursTest {

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 12, 4, 16, 0)
            .atZone(HallDesk.SHANGHAI).toInstant());
    private final HallHours hours = new HallHours(FixedCalendar.weekdays(clock, HallDesk.SHANGHAI)
            .withHolidays(LocalDate.of(2026, 12, 8)), () -> HallDesk.SHANGHAI, HallDesk.config(), clock);

    @Test
    void theHallIsOpenOnWorkingDaysWithinItsHoursButNotInTheBreak() {
        assertTrue(hours.isOpen(at(2026, 12, 4, 9, 0)));
        assertTrue(hours.isOpen(at(2026, 12, 4, 11, 59)));
        assertFalse(hours.isOpen(at(2026, 12, 4, 12, 0)), "the break");
        assertTrue(hours.isOpen(at(2026, 12, 4, 13, 30)));
        assertFalse(hours.isOpen(at(2026, 12, 4, 17, 0)), "closed at five");
        assertFalse(hours.isOpen(at(2026, 12, 4, 8, 59)));
        assertFalse(hours.isOpen(at(2026, 12, 5, 10, 0)), "a Saturday");
        assertFalse(hours.isOpen(at(2026, 12, 8, 10, 0)), "a holiday");
    }

    @Test
    void slotsFillTheDayAroundTheBreak() {
        List<HallHours.Slot> slots = hours.slots(LocalDate.of(2026, 12, 4), 60);
        assertEquals(List.of("09:00", "10:00", "11:00", "13:30", "14:30", "15:30"),
                slots.stream().map(s -> s.from().toString()).toList());
        assertEquals(LocalTime.of(16, 30), slots.get(5).to());
        assertEquals(at(2026, 12, 4, 9, 0), slots.get(0).start());
        assertEquals(13, hours.slots(LocalDate.of(2026, 12, 4), 30).size());
        assertEquals(List.of(), hours.slots(LocalDate.of(2026, 12, 5), 30), "closed on Saturday");
    }

    @Test
    void bookableDaysAreTodayAndTheNextWorkingDays() {
        List<LocalDate> days = hours.bookableDays();
        assertEquals(8, days.size());
        assertEquals(LocalDate.of(2026, 12, 4), days.get(0));
        assertEquals(LocalDate.of(2026, 12, 7), days.get(1), "after the weekend");
        assertEquals(LocalDate.of(2026, 12, 9), days.get(2), "after the holiday");
    }

    @Test
    void aSettingThatIsNotATimeFallsBackToItsDefault() {
        HallHours odd = new HallHours(FixedCalendar.weekdays(clock, HallDesk.SHANGHAI), () -> HallDesk.SHANGHAI,
                HallDesk.config("nine", "17:00", "noon"), clock);
        assertTrue(odd.isOpen(at(2026, 12, 4, 9, 0)));
        assertTrue(odd.isOpen(at(2026, 12, 4, 12, 30)), "no break when the break does not read");
    }

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(HallDesk.SHANGHAI).toInstant();
    }
}
