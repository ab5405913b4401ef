package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onestop.api.module.Refusal;

/** The fee rules on the schedule a new gateway is seeded with (read from a real Derby once). */
class FeeRulesTest {

    @TempDir
    static Path folder;

    private static List<FeeScheduleEntry> schedule;

    @BeforeAll
    static void theSeededSchedule() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            schedule = desk.feeSchedule().all();
        }
    }

    @ParameterizedTest(name = "{0} year {1}..{2}: {3} yuan")
    @CsvSource({"invention, 1, 3, 900.00", "invention, 4, 6, 1200.00", "invention, 7, 9, 2000.00",
        "invention, 10, 12, 4000.00", "invention, 13, 15, 6000.00", "invention, 16, 20, 8000.00",
        "utility, 1, 3, 600.00", "utility, 4, 5, 900.00", "utility, 6, 8, 1200.00", "utility, 9, 10, 2000.00",
        "design, 1, 3, 600.00", "design, 4, 5, 900.00", "design, 6, 8, 1200.00", "design, 9, 10, 2000.00",
        "design, 11, 15, 3000.00"})
    void everyYearOfEachBandCostsThePublishedAnnualFee(String type, int first, int last, String yuan) {
        for (int year = first; year <= last; year++) {
            FeeCalculation c = calculate(type, "annual", year, 1, false, "", null, null);
            assertEquals(yuan, c.total(), type + " year " + year);
            assertEquals(List.of(new FeeCalculation.Line("fee", c.fen())), c.lines());
        }
    }

    @ParameterizedTest(name = "{0} has no annual fee for year {1}")
    @CsvSource({"utility, 11", "design, 16"})
    void noAnnualFeePastTheTerm(String type, int year) {
        Refusal refused = assertThrows(Refusal.class, () -> calculate(type, "annual", year, 1, false, "", null,
                null));
        assertEquals(400, refused.status());
        assertEquals(Map.of("year", "cnipa.fees.error.noYear"), refused.fields());
        assertEquals(Map.of("year", "cnipa.fees.error.year"), assertThrows(Refusal.class, () -> FeeRules.request(
                "invention", "annual", "21", "1", "", "", "", "")).fields(), "an invention runs twenty years");
    }

    @ParameterizedTest(name = "{0} {1}: {2} in full, {3} for one applicant, {4} for several")
    @CsvSource({"invention, application, 900.00, 135.00, 270.00", "utility, application, 500.00, 75.00, 150.00",
        "design, application, 500.00, 75.00, 150.00", "invention, examination, 2500.00, 375.00, 750.00",
        "invention, reexamination, 1000.00, 150.00, 300.00"})
    void theReductionTakesOff85PercentForOneApplicantAnd70ForSeveral(String type, String fee, String full,
            String one, String several) {
        assertEquals(full, calculate(type, fee, 0, 1, false, "", null, null).total());
        FeeCalculation alone = calculate(type, fee, 0, 1, true, "", null, null);
        assertEquals(one, alone.total());
        assertEquals(85, alone.reductionPercent());
        assertTrue(alone.reductionApplies());
        assertEquals(alone.fen(), alone.lines().stream().mapToLong(FeeCalculation.Line::fen).sum());
        FeeCalculation together = calculate(type, fee, 0, 3, true, "", null, null);
        assertEquals(several, together.total());
        assertEquals(70, together.reductionPercent());
        assertEquals("reduction", together.lines().get(1).item());
    }

    @ParameterizedTest(name = "{0} {1}: no reduction")
    @CsvSource({"invention, printing, 50.00", "invention, restoration, 1000.00", "design, restoration, 1000.00"})
    void theReductionDoesNotApplyToOtherFees(String type, String fee, String full) {
        FeeCalculation c = calculate(type, fee, 0, 1, true, "", null, null);
        assertEquals(full, c.total());
        assertFalse(c.reductionApplies());
        assertEquals(1, c.lines().size());
    }

    @Test
    void annualFeesAreReducedForTenYearsFromTheYearOfTheGrant() {
        assertEquals("180.00", calculate("invention", "annual", 4, 1, true, "3", null, null).total());
        assertEquals("600.00", calculate("invention", "annual", 12, 1, true, "3", null, null).total(),
                "the tenth year from the grant in year 3");
        FeeCalculation after = calculate("invention", "annual", 13, 1, true, "3", null, null);
        assertEquals("6000.00", after.total());
        assertFalse(after.reductionApplies());
        assertEquals("270.00", calculate("utility", "annual", 4, 2, true, "1", null, null).total());
        Refusal noGrant = assertThrows(Refusal.class, () -> FeeRules.request("invention", "annual", "4", "1", "on",
                "", "", ""));
        assertEquals(Map.of("granted", "cnipa.fees.error.granted"), noGrant.fields());
        assertEquals(Map.of("granted", "cnipa.fees.error.grantedAfter"), assertThrows(Refusal.class,
                () -> FeeRules.request("invention", "annual", "4", "1", "on", "5", "", "")).fields());
    }

    @ParameterizedTest(name = "paid {0}: {1} full months late, total {2}")
    @CsvSource({"2026-03-01, 0, 1200.00", "2026-03-15, 0, 1200.00", "2026-04-15, 0, 1200.00",
        "2026-04-16, 1, 1260.00", "2026-05-15, 1, 1260.00", "2026-05-16, 2, 1320.00", "2026-06-16, 3, 1380.00",
        "2026-07-16, 4, 1440.00", "2026-08-16, 5, 1500.00", "2026-09-15, 5, 1500.00"})
    void theLateFeeIsFivePercentOfTheYearsFeeForEachFullMonth(String paid, int months, String total) {
        FeeCalculation c = calculate("invention", "annual", 5, 1, false, "", LocalDate.of(2026, 3, 15),
                LocalDate.parse(paid));
        assertEquals(months, c.lateMonths());
        assertEquals(months * 5, c.latePercent());
        assertEquals(total, c.total());
        assertEquals(months > 0, c.lines().stream().anyMatch(l -> l.item().equals("late")));
    }

    @Test
    void pastSixMonthsTheRightHasLapsed() {
        Refusal refused = assertThrows(Refusal.class, () -> calculate("invention", "annual", 5, 1, false, "",
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 9, 16)));
        assertEquals(400, refused.status());
        assertEquals("cnipa.fees.error.lapsed", refused.key());
        assertEquals("2026-09-15", refused.arguments()[0]);
    }

    @Test
    void aMonthFromTheEndOfAMonthEndsAtTheEndOfTheNext() {
        assertEquals(0, FeeRules.monthsLate(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
        assertEquals(1, FeeRules.monthsLate(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theLateFeeIsOnTheFullFeeAndIsNotReduced() {
        FeeCalculation c = calculate("invention", "annual", 1, 1, true, "1", LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 4, 20));
        assertEquals(List.of(new FeeCalculation.Line("fee", 90000), new FeeCalculation.Line("reduction", -76500),
                new FeeCalculation.Line("late", 4500)), c.lines());
        assertEquals("180.00", c.total());
    }

    @Test
    void eachLineIsRoundedToTheFenHalfUp() {
        assertEquals(5000, FeeRules.share(33333, 15), "4999.95 fen");
        assertEquals(4999, FeeRules.share(33329, 15), "4999.35 fen");
        assertEquals(1, FeeRules.share(10, 5), "0.5 fen rounds up");
        assertEquals(0, FeeRules.share(9, 5), "0.45 fen rounds down");
        FeeScheduleEntry odd = new FeeScheduleEntry("annual", "design", 1, 3, 33333, true, true, "源", "source",
                LocalDate.of(2026, 1, 1), null, null);
        FeeCalculation c = FeeRules.calculate(List.of(odd), new FeeRules.Request("design", "annual", 2, 1, true, 1,
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 11)));
        assertEquals(List.of(new FeeCalculation.Line("fee", 33333), new FeeCalculation.Line("reduction", -28333),
                new FeeCalculation.Line("late", 1667)), c.lines());
        assertEquals("66.67", c.total());
        assertEquals("-283.33", c.lines().get(1).yuan());
    }

    @Test
    void amountsAreTypedInYuanWithAtMostTwoDecimals() {
        assertEquals(90000, FeeRules.fen("900"));
        assertEquals(90050, FeeRules.fen(" 900.5 "));
        assertEquals(-1, FeeRules.fen("900.555"));
        assertEquals(-1, FeeRules.fen("-1"));
        assertEquals(-1, FeeRules.fen("九百"));
        assertEquals(-1, FeeRules.fen(null));
    }

    @Test
    void badInputNamesEachFieldAtFault() {
        Refusal refused = assertThrows(Refusal.class, () -> FeeRules.request("boat", "lunch", "", "0", "", "",
                "", ""));
        assertEquals(400, refused.status());
        assertEquals(Map.of("type", "cnipa.fees.error.type", "fee", "cnipa.fees.error.fee", "applicants",
                "cnipa.fees.error.applicants"), refused.fields());
        assertEquals(Map.of("year", "cnipa.fees.error.year", "due", "cnipa.fees.error.date"), assertThrows(
                Refusal.class, () -> FeeRules.request("design", "annual", "x", "1", "", "", "15.3.2026", "2026-04-01"))
                .fields());
        assertEquals(Map.of("paid", "cnipa.fees.error.bothDates"), assertThrows(Refusal.class,
                () -> FeeRules.request("design", "annual", "2", "1", "", "", "2026-03-15", "")).fields());
        assertEquals(Map.of("fee", "cnipa.fees.error.notForType"), assertThrows(Refusal.class,
                () -> calculate("utility", "examination", 0, 1, false, "", null, null)).fields());
    }

    private static FeeCalculation calculate(String type, String fee, int year, int applicants, boolean reduction,
            String granted, LocalDate due, LocalDate paid) {
        return FeeRules.calculate(schedule, FeeRules.request(type, fee, String.valueOf(year), String.valueOf(
                applicants), reduction ? "true" : "", granted, due == null ? "" : due.toString(), paid == null ? ""
                        : paid.toString()));
    }
}
