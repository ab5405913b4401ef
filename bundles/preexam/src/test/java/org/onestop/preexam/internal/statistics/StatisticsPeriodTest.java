package org.onestop.preexam.internal.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.CaseRefusal;

/** The period a supervisor's filter asks for, and the filters refused. */
class StatisticsPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

    @Test
    void byDefaultTheTwelveMonthsUpToThisOne() {
        StatisticsPeriod period = StatisticsPeriod.of(null, "", TODAY);
        assertEquals(YearMonth.of(2025, 4), period.from());
        assertEquals(YearMonth.of(2026, 3), period.to());
        assertEquals(12, period.length());
        assertEquals(LocalDate.of(2025, 4, 1), period.firstDay());
        assertEquals(LocalDate.of(2026, 3, 31), period.lastDay());
        assertEquals(YearMonth.of(2025, 4), period.months().get(0));
        assertEquals(12, period.months().size());
    }

    @Test
    void oneEndGiven() {
        assertEquals(new StatisticsPeriod(YearMonth.of(2024, 2), YearMonth.of(2025, 1)),
                StatisticsPeriod.of(null, "2025-01", TODAY));
        assertEquals(new StatisticsPeriod(YearMonth.of(2025, 11), YearMonth.of(2026, 3)),
                StatisticsPeriod.of(" 2025-11 ", null, TODAY));
        assertEquals(1, StatisticsPeriod.of("2026-03", "2026-03", TODAY).length());
        assertEquals("2026-03", StatisticsPeriod.of("2026-03", "2026-03", TODAY).fromText());
    }

    @Test
    void aMonthThatIsNotOneIsRefusedNamingIt() {
        for (String bad : new String[] {"2025-13", "2025-00", "2025/03", "2025-3", "March", "2025-03-01"}) {
            CaseRefusal refusal = assertThrows(CaseRefusal.class, () -> StatisticsPeriod.of(bad, null, TODAY), bad);
            assertEquals(400, refusal.status());
            assertEquals("preexam.statistics.error.month", refusal.key());
            assertArrayEquals(new Object[] {bad}, refusal.arguments());
        }
        CaseRefusal longOne = assertThrows(CaseRefusal.class,
                () -> StatisticsPeriod.of(null, "x".repeat(500), TODAY));
        assertEquals("x".repeat(20) + "…", longOne.arguments()[0], "a long input is shortened in the message");
    }

    @Test
    void aPeriodBackwardsOrTooLongIsRefused() {
        CaseRefusal backwards = assertThrows(CaseRefusal.class, () -> StatisticsPeriod.of("2025-06", "2025-01", TODAY));
        assertEquals(400, backwards.status());
        assertEquals("preexam.statistics.error.order", backwards.key());
        assertArrayEquals(new Object[] {"2025-06", "2025-01"}, backwards.arguments());

        assertEquals(120, StatisticsPeriod.of("2016-04", "2026-03", TODAY).length());
        CaseRefusal tooLong = assertThrows(CaseRefusal.class, () -> StatisticsPeriod.of("2016-03", "2026-03", TODAY));
        assertEquals("preexam.statistics.error.span", tooLong.key());
        assertArrayEquals(new Object[] {120, "2016-03", "2026-03", 121}, tooLong.arguments());
    }
}
