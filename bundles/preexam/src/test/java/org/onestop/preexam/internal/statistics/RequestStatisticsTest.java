package org.onestop.preexam.internal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.preexam.internal.statistics.StatisticsReport.Figures;
import org.onestop.preexam.internal.statistics.StatisticsReport.Group;

/**
 * A half year of a centre's requests — across the three patent types, five fields and every status — counted as a
 * supervisor would check them by hand.
 */
class RequestStatisticsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 20);
    static final StatisticsPeriod HALF_YEAR = new StatisticsPeriod(YearMonth.of(2025, 1), YearMonth.of(2025, 6));
    private static final double EXACT = 1e-9;

    @TempDir
    Path folder;

    private RequestStatistics statistics;

    @BeforeEach
    void requests() throws Exception {
        RequestRows db = RequestRows.in(folder);
        statistics = new RequestStatistics(db.dataSource());
        seed(db);
    }

    /** Thirteen requests from January to June 2025 (two of them designs), and one on each side of the half year. */
    static void seed(RequestRows db) throws Exception {
        db.request("filed", "invention", "C12N 15/10", LocalDate.of(2025, 1, 6), 1, "qualified", 6);
        db.request("qualified", "invention", "C12N 9/02", LocalDate.of(2025, 1, 15), 0, "qualified", 4);
        db.request("rejected", "utility-model", "A01H 1/00", LocalDate.of(2025, 1, 31), 0, "rejected", 1);
        db.request("qualification-expired", "invention", "C12N 1/20", LocalDate.of(2025, 2, 3), 0, "qualified", 5);
        db.request("rejected", "design", "13-01", LocalDate.of(2025, 2, 12), 2, "rejected", 9);
        db.request("correction-expired", "utility-model", "C08L 23/06", LocalDate.of(2025, 2, 27), 1, null, null);
        db.request("withdrawn", "invention", "C12Q 1/68", LocalDate.of(2025, 3, 3), 0, null, null);
        db.request("withdrawn", "invention", "C12N 5/00", LocalDate.of(2025, 3, 10), 1, null, null);
        db.request("filed", "utility-model", "A01H 4/00", LocalDate.of(2025, 3, 24), 0, "qualified", 3);
        db.request("correction", "invention", "C12N 15/82", LocalDate.of(2025, 5, 8), 1, null, null);
        db.request("examination", "design", "13-01", LocalDate.of(2025, 5, 19), 0, null, null);
        db.request("submitted", "invention", "C12Q 1/6888", LocalDate.of(2025, 6, 2), 0, null, null);
        db.request("submitted", "utility-model", "A01H 6/46", LocalDate.of(2025, 6, 30), 0, null, null);
        db.request("filed", "invention", "C12N 15/10", LocalDate.of(2024, 12, 31), 0, "qualified", 2);
        db.request("submitted", "invention", "C12N 15/10", LocalDate.of(2025, 7, 1), 0, null, null);
    }

    private static Map<String, Figures> byKey(List<Group> groups) {
        return groups.stream().collect(Collectors.toMap(Group::key, Group::figures));
    }

    @Test
    void theHalfYearAsAWhole() throws Exception {
        StatisticsReport report = statistics.report(HALF_YEAR, TODAY);
        assertEquals("2025-01", report.from());
        assertEquals("2025-06", report.to());
        assertEquals(TODAY, report.asOf());
        Figures total = report.total();
        assertEquals(13, total.requests(), "the first and the last day of the period count, the days around not");
        assertEquals(1.0, total.share(), EXACT);
        assertEquals(6, total.decided());
        assertEquals(4, total.qualified(), "filed and expired qualifications stay qualified");
        assertEquals(2, total.rejected());
        assertEquals(4.0 / 6, total.qualificationRate(), EXACT);
        assertEquals(28.0 / 6, total.averageDecisionDays(), EXACT);
        assertEquals(9, total.examined(), "waiting for the scope check, or ended without a correction request: out");
        assertEquals(5, total.corrected());
        assertEquals(5.0 / 9, total.correctionShare(), EXACT);
    }

    @Test
    void everyStatusInTheOrderOfTheProcessWithItsStaffLabel() throws Exception {
        List<Group> statuses = statistics.report(HALF_YEAR, TODAY).byStatus();
        assertEquals(List.of("submitted", "examination", "correction", "qualified", "filed", "rejected",
                "correction-expired", "qualification-expired", "withdrawn"),
                statuses.stream().map(Group::key).toList());
        assertEquals(List.of(2L, 1L, 1L, 1L, 2L, 2L, 1L, 1L, 2L),
                statuses.stream().map(g -> g.figures().requests()).toList());
        assertEquals("待范围审查", statuses.get(0).label().zh());
        assertEquals("Waiting for the scope check", statuses.get(0).label().en());
        assertEquals(2.0 / 13, statuses.get(0).figures().share(), EXACT);
    }

    @Test
    void byPatentType() throws Exception {
        List<Group> types = statistics.report(HALF_YEAR, TODAY).byPatentType();
        assertEquals(List.of("invention", "utility-model", "design"), types.stream().map(Group::key).toList());
        assertEquals("实用新型", types.get(1).label().zh());
        Map<String, Figures> by = byKey(types);

        Figures invention = by.get("invention");
        assertEquals(7, invention.requests());
        assertEquals(7.0 / 13, invention.share(), EXACT);
        assertEquals(3, invention.qualified());
        assertEquals(0, invention.rejected());
        assertEquals(1.0, invention.qualificationRate(), EXACT);
        assertEquals(5.0, invention.averageDecisionDays(), EXACT);
        assertEquals(5, invention.examined(), "the one withdrawn after a correction request reached examination");
        assertEquals(3, invention.corrected());

        Figures utility = by.get("utility-model");
        assertEquals(4, utility.requests());
        assertEquals(0.5, utility.qualificationRate(), EXACT);
        assertEquals(2.0, utility.averageDecisionDays(), EXACT);
        assertEquals(0.5, utility.correctionShare(), EXACT);

        Figures design = by.get("design");
        assertEquals(2, design.requests());
        assertEquals(0.0, design.qualificationRate(), EXACT);
        assertEquals(9.0, design.averageDecisionDays(), EXACT);
        assertEquals(2, design.examined());
        assertEquals(1, design.corrected());
    }

    @Test
    void byFieldTheBusiestFirst() throws Exception {
        List<Group> fields = statistics.report(HALF_YEAR, TODAY).byField();
        assertEquals(List.of("C12N", "A01H", "C12Q", "LOC 13-01", "C08L"), fields.stream().map(Group::key).toList(),
                "designs by their Locarno class, not by an IPC subclass");
        assertEquals(List.of(5L, 3L, 2L, 2L, 1L), fields.stream().map(g -> g.figures().requests()).toList());
        Figures c12n = byKey(fields).get("C12N");
        assertEquals(3, c12n.qualified());
        assertEquals(5.0, c12n.averageDecisionDays(), EXACT);
        assertEquals(3, c12n.corrected());
        assertEquals(5, c12n.examined());
        assertEquals("C12N", fields.get(0).label().en());
        assertEquals("洛迦诺分类 13-01", fields.get(3).label().zh());
        assertEquals("Locarno 13-01", fields.get(3).label().en());
    }

    @Test
    void byMonthEveryMonthEvenAnEmptyOne() throws Exception {
        List<Group> months = statistics.report(HALF_YEAR, TODAY).byMonth();
        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"),
                months.stream().map(Group::key).toList());
        assertEquals(List.of(3L, 3L, 3L, 0L, 2L, 2L), months.stream().map(g -> g.figures().requests()).toList());
        assertEquals("2025年1月", months.get(0).label().zh());
        Figures january = months.get(0).figures();
        assertEquals(2, january.qualified());
        assertEquals(1, january.rejected());
        assertEquals(11.0 / 3, january.averageDecisionDays(), EXACT);
        Figures april = months.get(3).figures();
        assertEquals(0.0, april.share(), EXACT);
        assertNull(april.qualificationRate());
        assertNull(april.averageDecisionDays());
        assertNull(april.correctionShare());
    }

    @Test
    void aPeriodWithoutRequestsGivesZerosNotErrors() throws Exception {
        StatisticsReport report = statistics.report(StatisticsPeriod.of("2023-01", "2023-12", TODAY, "preexam"), TODAY);
        Figures total = report.total();
        assertEquals(0, total.requests());
        assertEquals(0, total.decided());
        assertEquals(0, total.examined());
        assertNull(total.share());
        assertNull(total.qualificationRate());
        assertNull(total.averageDecisionDays());
        assertNull(total.correctionShare());
        assertEquals(9, report.byStatus().size());
        assertTrue(report.byStatus().stream().allMatch(g -> g.figures().requests() == 0));
        assertEquals(3, report.byPatentType().size());
        assertEquals(List.of(), report.byField());
        assertEquals(12, report.byMonth().size());
    }

    @Test
    void aDecisionWithoutItsDaysCountsAsDecidedButNotInTheAverage() throws Exception {
        RequestRows db = RequestRows.in(folder.resolve("other"));
        db.request("qualified", "invention", "C12N 15/10", LocalDate.of(2025, 6, 2), 0, "qualified", 4);
        db.request("rejected", "invention", "C12N 15/10", LocalDate.of(2025, 6, 3), 0, "rejected", null);
        Figures total = new RequestStatistics(db.dataSource()).report(HALF_YEAR, TODAY).total();
        assertEquals(2, total.decided());
        assertEquals(0.5, total.qualificationRate(), EXACT);
        assertEquals(4.0, total.averageDecisionDays(), EXACT);
    }
}
