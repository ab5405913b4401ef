package org.onestop.assistance.internal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.assistance.internal.AssistanceWorkflow;
import org.onestop.assistance.internal.statistics.AssistanceReport.Figures;
import org.onestop.assistance.internal.statistics.AssistanceReport.Group;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.ModuleTexts;

/**
 * How applications are counted and how their working days are averaged, on a fixed calendar: Labour Day
 * (2026-05-01, a Friday) off, Saturday 2026-05-09 worked (调休).
 */
class ApplicationCountTest {

    static final FixedCalendar CALENDAR = FixedCalendar.weekdays(LocalDate.of(2026, 6, 15))
            .withHolidays(LocalDate.of(2026, 5, 1)).withWorkdays(LocalDate.of(2026, 5, 9));
    static final StatisticsPeriod SPRING = new StatisticsPeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 6));

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Submission application(String status, String business, String right, List<String> asked,
            String venue, String region, String submitted, String decided, String closed) {
        return new Submission(status, business, right, asked, venue, region, day(submitted), day(decided),
                day(closed), null);
    }

    /** Six applications of April to June 2026; what each one shows is said beside it. */
    static final List<Submission> SIX = List.of(
            // accepted Monday → Wednesday: 2 working days; in handling now
            application(AssistanceWorkflow.HANDLING, "consultation", "patent", List.of("consultation", "guidance"),
                    "region", "呼和浩特市", "2026-04-27", "2026-04-29", null),
            // accepted Thursday 04-30 → Wednesday 05-06 over Labour Day and a weekend: 3 working days
            application(AssistanceWorkflow.ACCEPTED, "assistance", "trademark", List.of("consultation"), "online", "",
                    "2026-04-30", "2026-05-06", null),
            // refused Friday → Monday, the Saturday worked: 2 working days to closing; not accepted
            application(AssistanceWorkflow.REFUSED, "mediation", "patent", List.of("expert-opinion"), "region",
                    "包头市", "2026-05-08", "2026-05-11", "2026-05-11"),
            // withdrawn two working days after submission, never decided
            application(AssistanceWorkflow.WITHDRAWN, "consultation", "copyright", List.of("guidance"), "region",
                    " 呼和浩特市 ", "2026-05-11", null, "2026-05-13"),
            // lapsed before the closing day was kept: closed, without days
            application(AssistanceWorkflow.LAPSED, "consultation", "patent", List.of("consultation"), "trade-fair",
                    "", "2026-05-20", null, null),
            // still waiting for the review
            application(AssistanceWorkflow.SUBMITTED, "assistance", "other", List.of("early-warning"), "online", "",
                    "2026-06-02", null, null));

    private static AssistanceReport report() {
        return new ApplicationCount(CALENDAR, ModuleTexts.strict()).report(SPRING, CALENDAR.today(), SIX);
    }

    private static Map<String, Figures> byKey(List<Group> groups) {
        return groups.stream().collect(Collectors.toMap(Group::key, Group::figures, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void theTotalCountsAcceptedAndClosedAndAveragesTheirWorkingDays() {
        Figures total = report().total();
        assertEquals(6, total.applications());
        assertEquals(1.0, total.share());
        assertEquals(2, total.accepted(), "accepted, whatever became of them since; a refusal is no acceptance");
        assertEquals(3, total.closed(), "refused, withdrawn, lapsed");
        assertEquals(2.5, total.averageDaysToAcceptance(), "(2 + 3) / 2: the holiday and the weekend not counted");
        assertEquals(2.0, total.averageDaysToClosing(), "(2 + 2) / 2: the worked Saturday counts, the lapsed one "
                + "without a closing day does not");
    }

    @Test
    void everyStatusInTheOrderOfTheProcessAndTheClosedOnesByHowTheyClosed() {
        AssistanceReport report = report();
        assertEquals(AssistanceWorkflow.STATUSES.stream().map(s -> s.code()).toList(),
                report.byStatus().stream().map(Group::key).toList());
        Map<String, Figures> statuses = byKey(report.byStatus());
        assertEquals(0, statuses.get(AssistanceWorkflow.SUPPLEMENT).applications());
        assertEquals(1, statuses.get(AssistanceWorkflow.HANDLING).accepted());
        assertEquals("办理中", report.byStatus().get(3).label().zh());
        assertEquals(List.of(AssistanceWorkflow.REFUSED, AssistanceWorkflow.LAPSED, AssistanceWorkflow.WITHDRAWN,
                "mediated", "referred-to-enforcement", "litigation-filed", "advice-given"),
                report.byClosing().stream().map(Group::key).toList());
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L, 0L),
                report.byClosing().stream().map(g -> g.figures().closed()).toList());
        assertNull(byKey(report.byClosing()).get(AssistanceWorkflow.LAPSED).averageDaysToClosing());
    }

    @Test
    void handledCasesAreCountedByTheOutcomeTheirClosingChose() {
        List<Submission> closed = List.of(
                new Submission(AssistanceWorkflow.CLOSED, "mediation", "patent", List.of("guidance"), "online", "",
                        day("2026-04-27"), day("2026-04-28"), day("2026-05-12"), "mediated"),
                new Submission(AssistanceWorkflow.CLOSED, "assistance", "patent", List.of("guidance"), "online", "",
                        day("2026-04-27"), day("2026-04-28"), day("2026-05-12"), "mediated"),
                new Submission(AssistanceWorkflow.CLOSED, "assistance", "patent", List.of("guidance"), "online", "",
                        day("2026-04-27"), day("2026-04-28"), day("2026-05-12"), "not-accepted"),
                new Submission(AssistanceWorkflow.CLOSED, "assistance", "patent", List.of("guidance"), "online", "",
                        day("2026-04-27"), day("2026-04-28"), day("2026-05-12"), "withdrawn"));
        AssistanceReport report = new ApplicationCount(CALENDAR, ModuleTexts.strict()).report(SPRING,
                CALENDAR.today(), closed);
        Map<String, Figures> closings = byKey(report.byClosing());
        assertEquals(2, closings.get("mediated").closed());
        assertEquals(1, closings.get(AssistanceWorkflow.REFUSED).closed(), "not accepted at closing: 不予受理");
        assertEquals(1, closings.get(AssistanceWorkflow.WITHDRAWN).closed());
        Group mediated = report.byClosing().stream().filter(g -> g.key().equals("mediated")).findFirst()
                .orElseThrow();
        assertEquals("调解解决", mediated.label().zh());
    }

    @Test
    void theFormsListsAreBrokenDownEntryByEntryInBothLanguages() {
        AssistanceReport report = report();
        Map<String, Figures> business = byKey(report.byBusinessType());
        assertEquals(List.of("consultation", "assistance", "mediation"), List.copyOf(business.keySet()));
        assertEquals(3, business.get("consultation").applications());
        assertEquals(0.5, business.get("consultation").share());
        assertEquals("侵权判定咨询", report.byBusinessType().get(0).label().zh());
        assertEquals(6, report.byRightType().size(), "every right, those without applications too");
        assertEquals(3, byKey(report.byRightType()).get("patent").applications());
        Map<String, Figures> venues = byKey(report.byVenue());
        assertEquals(List.of(3L, 2L, 1L), venues.values().stream().map(Figures::applications).toList());
    }

    @Test
    void anApplicationAskingForSeveralKindsOfAssistanceCountsInEach() {
        Map<String, Figures> asked = byKey(report().byAssistance());
        assertEquals(3, asked.get("consultation").applications());
        assertEquals(2, asked.get("guidance").applications());
        assertEquals(0, asked.get("fair-status-check").applications());
        assertEquals(7, asked.values().stream().mapToLong(Figures::applications).sum(), "more than the six");
    }

    @Test
    void regionsAsWrittenTheBusiestFirstAndMonthsOfThePeriodEachOnce() {
        AssistanceReport report = report();
        assertEquals(List.of("呼和浩特市", "包头市"), report.byRegion().stream().map(Group::key).toList(),
                "spaces around a region do not make another one");
        assertEquals(2, report.byRegion().get(0).figures().applications());
        Function<Group, Long> count = g -> g.figures().applications();
        assertEquals(List.of("2026-04", "2026-05", "2026-06"), report.byMonth().stream().map(Group::key).toList());
        assertEquals(List.of(2L, 3L, 1L), report.byMonth().stream().map(count).toList());
        assertEquals("2026年5月", report.byMonth().get(1).label().zh());
        assertEquals(2.5, report.byMonth().get(0).figures().averageDaysToAcceptance(), "April's two acceptances");
        assertEquals(2.0, report.byMonth().get(1).figures().averageDaysToClosing(), "May's two closing days");
    }

    @Test
    void aPeriodWithoutApplicationsHasNoAveragesNorShares() {
        AssistanceReport report = new ApplicationCount(CALENDAR, ModuleTexts.strict()).report(SPRING,
                CALENDAR.today(), List.of());
        assertEquals(new Figures(0, null, 0, 0, null, null), report.total());
        assertEquals(3, report.byMonth().size());
        assertEquals(List.of(), report.byRegion());
    }
}
