package org.onestop.preexam.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QuotaTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void readsPeriodNames() {
        assertEquals(Optional.of(QuotaPeriod.MONTH), QuotaPeriod.of("month"));
        assertEquals(Optional.of(QuotaPeriod.QUARTER), QuotaPeriod.of(" Quarter "));
        assertEquals(Optional.of(QuotaPeriod.YEAR), QuotaPeriod.of("YEAR\n"));
        assertEquals(Optional.empty(), QuotaPeriod.of("week"));
        assertEquals(Optional.empty(), QuotaPeriod.of("months"));
        assertEquals(Optional.empty(), QuotaPeriod.of(""));
        assertEquals(Optional.empty(), QuotaPeriod.of(null));
        assertEquals("quarter", QuotaPeriod.QUARTER.code());
        for (QuotaPeriod p : QuotaPeriod.values()) {
            assertEquals(Optional.of(p), QuotaPeriod.of(p.code()));
        }
    }

    @Test
    void quartersStartOnTheFirstOfJanuaryAprilJulyAndOctober() {
        String[][] cases = {
            {"2026-01-01", "2026-01-01", "2026-04-01"}, {"2026-02-14", "2026-01-01", "2026-04-01"},
            {"2026-03-31", "2026-01-01", "2026-04-01"}, {"2026-04-01", "2026-04-01", "2026-07-01"},
            {"2026-06-30", "2026-04-01", "2026-07-01"}, {"2026-07-01", "2026-07-01", "2026-10-01"},
            {"2026-09-30", "2026-07-01", "2026-10-01"}, {"2026-10-01", "2026-10-01", "2027-01-01"},
            {"2026-12-31", "2026-10-01", "2027-01-01"},
        };
        for (String[] c : cases) {
            assertEquals(day(c[1]), QuotaPeriod.QUARTER.start(day(c[0])), c[0]);
            assertEquals(day(c[2]), QuotaPeriod.QUARTER.next(day(c[0])), c[0]);
        }
    }

    @Test
    void everyDayLiesInItsQuarter() {
        for (LocalDate d = day("2024-01-01"); d.isBefore(day("2025-01-01")); d = d.plusDays(1)) {
            LocalDate start = QuotaPeriod.QUARTER.start(d);
            assertEquals(1, start.getDayOfMonth());
            assertEquals(1, start.getMonthValue() % 3, d.toString());
            assertFalse(start.isAfter(d));
            assertTrue(QuotaPeriod.QUARTER.next(d).isAfter(d));
            assertEquals(start.plusMonths(3), QuotaPeriod.QUARTER.next(d));
        }
    }

    @Test
    void months() {
        assertEquals(day("2026-02-01"), QuotaPeriod.MONTH.start(day("2026-02-28")));
        assertEquals(day("2026-03-01"), QuotaPeriod.MONTH.next(day("2026-02-28")));
        assertEquals(day("2024-02-01"), QuotaPeriod.MONTH.start(day("2024-02-29")));
        assertEquals(day("2026-02-01"), QuotaPeriod.MONTH.next(day("2026-01-31")));
        assertEquals(day("2027-01-01"), QuotaPeriod.MONTH.next(day("2026-12-01")));
        assertEquals(day("2026-05-01"), QuotaPeriod.MONTH.start(day("2026-05-01")));
    }

    @Test
    void years() {
        assertEquals(day("2026-01-01"), QuotaPeriod.YEAR.start(day("2026-12-31")));
        assertEquals(day("2027-01-01"), QuotaPeriod.YEAR.next(day("2026-12-31")));
        assertEquals(day("2024-01-01"), QuotaPeriod.YEAR.start(day("2024-02-29")));
        assertEquals(day("2025-01-01"), QuotaPeriod.YEAR.next(day("2024-01-01")));
    }

    @Test
    void atTheLimitNoMore() {
        Quota quota = new Quota(20, QuotaPeriod.QUARTER);
        assertTrue(quota.allowsAnother(0));
        assertTrue(quota.allowsAnother(19));
        assertFalse(quota.allowsAnother(20));
        assertFalse(quota.allowsAnother(21));
        assertEquals(20, quota.left(0));
        assertEquals(1, quota.left(19));
        assertEquals(0, quota.left(20));
        assertEquals(0, quota.left(25), "never negative when more were filed than allowed (e.g. quota lowered)");
    }

    @Test
    void aQuotaOfOneAndOfNone() {
        Quota one = new Quota(1, QuotaPeriod.MONTH);
        assertTrue(one.allowsAnother(0));
        assertFalse(one.allowsAnother(1));
        Quota none = new Quota(0, QuotaPeriod.YEAR);
        assertFalse(none.allowsAnother(0));
        assertEquals(0, none.left(0));
    }

    @Test
    void quotaMustBeSensible() {
        assertThrows(IllegalArgumentException.class, () -> new Quota(-1, QuotaPeriod.MONTH));
        assertThrows(NullPointerException.class, () -> new Quota(5, null));
    }
}
