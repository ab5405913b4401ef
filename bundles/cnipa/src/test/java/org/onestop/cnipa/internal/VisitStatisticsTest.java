package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.cnipa.internal.VisitStatisticsReport.Figures;
import org.onestop.testing.ModuleTexts;

/** Visits pre-checked, the share complete at the first answer and working days to answer, by business and month. */
class VisitStatisticsTest {

    @TempDir
    Path folder;

    @Test
    void visitsAreCountedByBusinessAndMonthWithWorkingDaysToEachAnswer() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            VisitStore store = new VisitStore(desk.db.dataSource());
            // Tuesday 1 December: answered Thursday 3 (2 working days) with a list; corrected Friday 4, answered
            // complete Monday 7 (1 working day: the weekend does not count)
            LocalDate tue = LocalDate.of(2026, 12, 1);
            store.work().run(tx -> {
                store.insert(tx, 1, "CN-2026-000001", "patent-pledge", "", desk.clock.instant(), tue);
                store.answer(tx, 1, 1, new VisitAnswer(false, List.of(new VisitProblem("缺少签章", false, ""))),
                        tue.plusDays(2));
                store.round(tx, 1, 2, tue.plusDays(3));
                store.answer(tx, 1, 2, new VisitAnswer(true, List.of()), tue.plusDays(6));
                store.insert(tx, 2, "CN-2026-000002", "patent-pledge", "", desk.clock.instant(), tue);
                store.answer(tx, 2, 1, new VisitAnswer(true, List.of()), tue);
                store.outcome(tx, 2, VisitOutcome.NO_SHOW, "");
                store.status(tx, 2, VisitWorkflow.CLOSED, tue.plusDays(9));
                store.insert(tx, 3, "CN-2026-000003", "licence-recording", "", desk.clock.instant(), tue);
                // 30 November 20:00 in Shanghai: November, though 12:00 UTC
                store.insert(tx, 4, "CN-2026-000004", "licence-recording", "",
                        LocalDateTime.of(2026, 11, 30, 20, 0).atZone(CnipaDesk.SHANGHAI).toInstant(),
                        tue.minusDays(1));
            });
            CentreZone zone = () -> CnipaDesk.SHANGHAI;
            VisitStatistics statistics = new VisitStatistics(store, desk.businesses, VisitTest.calendar(desk), zone);
            VisitStatisticsReport report = statistics.report(new StatisticsPeriod(YearMonth.of(2026, 11),
                    YearMonth.of(2026, 12)), tue);

            Figures total = report.total();
            assertEquals(4, total.visits());
            assertEquals(2, total.prechecked());
            assertEquals(1, total.completeFirst());
            assertEquals(0.5, total.shareCompleteFirst());
            assertEquals(3, total.answers());
            assertEquals(1.0, total.averageDaysToAnswer(), "(2 + 1 + 0) / 3");

            Figures pledge = report.byBusiness().stream().filter(g -> g.key().equals("patent-pledge")).findFirst()
                    .orElseThrow().figures();
            assertEquals(2, pledge.prechecked());
            Figures licence = report.byBusiness().stream().filter(g -> g.key().equals("licence-recording"))
                    .findFirst().orElseThrow().figures();
            assertEquals(2, licence.visits());
            assertNull(licence.shareCompleteFirst(), "none pre-checked yet");
            assertFalse(report.byBusiness().stream().anyMatch(g -> g.key().equals("fee-reduction")),
                    "only business done at the window");
            assertEquals(List.of("2026-11", "2026-12"), report.byMonth().stream().map(g -> g.key()).toList());
            assertEquals(1, report.byMonth().get(0).figures().visits());
            assertEquals(3, report.byMonth().get(1).figures().visits());

            assertEquals(List.of("accepted", "not-accepted", "no-show"), report.byOutcome().stream()
                    .map(VisitStatisticsReport.Outcome::key).toList());
            assertEquals(List.of(0L, 0L, 1L), report.byOutcome().stream().map(VisitStatisticsReport.Outcome::visits)
                    .toList());

            String csv = new String(VisitStatisticsCsv.write(report, ModuleTexts.strict(), Language.ZH_CN),
                    StandardCharsets.UTF_8);
            assertTrue(csv.contains("办结结果,no-show,申请人未到窗口,1"), csv);
            assertTrue(csv.contains("首次答复即齐全的比例,50.0%"), csv);
            assertTrue(csv.contains("专利权质押登记"), csv);
        }
    }

    @Test
    void everyWordOfTheVisitsIsSaidInBothLanguages() {
        ModuleTexts texts = ModuleTexts.strict();
        Stream.of("cnipa.visit.error.laterRound", "cnipa.visit.error.noProblems",
                "cnipa.visit.error.completeWithProblems", "cnipa.visit.error.tooLong", "cnipa.visit.error.business",
                "cnipa.visit.error.materials", "cnipa.visit.error.receiptNumber", "cnipa.visit.error.receiptDate",
                "cnipa.visit.error.decision", "cnipa.visit.error.outcome", "cnipa.visit.error.outcomeNow",
                "cnipa.visit.error.reason", "cnipa.visit.error.close", "cnipa.visit.close.reason",
                "cnipa.statistics.byOutcome", "cnipa.statistics.closed", "cnipa.visit.refused.onForm", "cnipa.visit.refused.notFound",
                "cnipa.statistics.error.month", "cnipa.statistics.error.order", "cnipa.statistics.error.span")
                .forEach(key -> {
                    for (Language language : Language.values()) {
                        assertFalse(texts.text(language, key, "x", "y", "z", "w").isBlank(), key);
                    }
                });
    }
}
