package org.onestop.api.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.CaseRefusal;

/** The period a supervisor's filter asks for, and the filters refused in the words of the module that asked. */
class StatisticsPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

    @Test
    void byDefaultTheTwelveMonthsUpToThisOne() {
        StatisticsPeriod period = StatisticsPeriod.of(null, "", TODAY, "preexam");
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
                StatisticsPeriod.of(null, "2025-01", TODAY, "preexam"));
        assertEquals(new StatisticsPeriod(YearMonth.of(2025, 11), YearMonth.of(2026, 3)),
                StatisticsPeriod.of(" 2025-11 ", null, TODAY, "preexam"));
        assertEquals(1, StatisticsPeriod.of("2026-03", "2026-03", TODAY, "preexam").length());
        assertEquals("2026-03", StatisticsPeriod.of("2026-03", "2026-03", TODAY, "preexam").fromText());
    }

    @Test
    void aMonthThatIsNotOneIsRefusedNamingIt() {
        for (String bad : new String[] {"2025-13", "2025-00", "2025/03", "2025-3", "March", "2025-03-01"}) {
            CaseRefusal refusal = assertThrows(CaseRefusal.class,
                    () -> StatisticsPeriod.of(bad, null, TODAY, "preexam"), bad);
            assertEquals(400, refusal.status());
            assertEquals("preexam.statistics.error.month", refusal.key());
            assertArrayEquals(new Object[] {bad}, refusal.arguments());
        }
        CaseRefusal longOne = assertThrows(CaseRefusal.class,
                () -> StatisticsPeriod.of(null, "x".repeat(500), TODAY, "preexam"));
        assertEquals("x".repeat(20) + "…", longOne.arguments()[0], "a long input is shortened in the message");
    }

    @Test
    void aPeriodBackwardsOrTooLongIsRefused() {
        CaseRefusal backwards = assertThrows(CaseRefusal.class,
                () -> StatisticsPeriod.of("2025-06", "2025-01", TODAY, "preexam"));
        assertEquals(400, backwards.status());
        assertEquals("preexam.statistics.error.order", backwards.key());
        assertArrayEquals(new Object[] {"2025-06", "2025-01"}, backwards.arguments());

        assertEquals(120, StatisticsPeriod.of("2016-04", "2026-03", TODAY, "preexam").length());
        CaseRefusal tooLong = assertThrows(CaseRefusal.class,
                () -> StatisticsPeriod.of("2016-03", "2026-03", TODAY, "preexam"));
        assertEquals("preexam.statistics.error.span", tooLong.key());
        assertArrayEquals(new Object[] {120, "2016-03", "2026-03", 121}, tooLong.arguments());
    }

    @Test
    void theRefusalsAreWordedByTheModuleThatReads() {
        assertEquals("assistance.statistics.error.month",
                assertThrows(CaseRefusal.class,
                        () -> StatisticsPeriod.of("2025-13", null, TODAY, "assistance")).key());
    }

    @Test
    void aMonthIsNamedInBothLanguages() {
        assertEquals("2026年3月", StatisticsPeriod.label(YearMonth.of(2026, 3)).zh());
        assertEquals("2026-03", StatisticsPeriod.label(YearMonth.of(2026, 3)).en());
    }
}
