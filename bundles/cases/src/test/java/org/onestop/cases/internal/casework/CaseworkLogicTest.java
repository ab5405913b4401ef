package org.onestop.cases.internal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.i18n.Language;
import org.onestop.platform.internal.shell.MessageCatalog;

/** The pure parts of the casework pages: tracking numbers as typed, due marks, the words of a workflow, expectations. */
class CaseworkLogicTest {

    private static final Path WEB = Path.of("../../web").toAbsolutePath().normalize();
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void trackingNumbersAreReadAsPeopleTypeThem() {
        assertEquals(Optional.of("YS-2026-000123"), TrackingNumber.parse(" ys-2026-000123 "));
        assertEquals(Optional.of("WQAB-2027-000001"), TrackingNumber.parse("WQAB-2027-000001"));
        for (String wrong : new String[] {"", "YS-2026-123", "Y-2026-000123", "YS2026000123", "YS-2026-000123x",
                "YS-2026-000123/../x", null}) {
            assertEquals(Optional.empty(), TrackingNumber.parse(wrong), String.valueOf(wrong));
        }
    }

    @Test
    void aDueDateIsOverdueBeforeTodayAndSoonUntilTheNextWorkingDay() {
        assertEquals("overdue", CaseRow.dueMark(FRIDAY.minusDays(1), FRIDAY, MONDAY));
        assertEquals("soon", CaseRow.dueMark(FRIDAY, FRIDAY, MONDAY));
        assertEquals("soon", CaseRow.dueMark(FRIDAY.plusDays(1), FRIDAY, MONDAY), "the weekend before Monday");
        assertEquals("soon", CaseRow.dueMark(MONDAY, FRIDAY, MONDAY));
        assertEquals("", CaseRow.dueMark(MONDAY.plusDays(1), FRIDAY, MONDAY));
        assertEquals("", CaseRow.dueMark(null, FRIDAY, MONDAY));
    }

    @Test
    void theWorkbenchOpensOnTheFirstQueueThatHoldsCases() {
        assertEquals(QueueView.MINE, Workbench.firstWithCases(new QueueCounts(2, 9, 3, 0, 0)));
        assertEquals(QueueView.UNASSIGNED, Workbench.firstWithCases(new QueueCounts(0, 9, 3, 0, 0)),
                "nothing of mine while cases wait for someone");
        assertEquals(QueueView.TEAM, Workbench.firstWithCases(new QueueCounts(0, 4, 0, 1, 0)));
        assertEquals(QueueView.MINE, Workbench.firstWithCases(new QueueCounts(0, 0, 0, 0, 0)), "all empty");
    }

    @Test
    void staffAndApplicantsReadTheirOwnWordsOfAStatus() {
        CaseLabels zh = new CaseLabels(Optional.of(StoredCases.preexam()), Language.ZH_CN);
        CaseLabels en = new CaseLabels(Optional.of(StoredCases.preexam()), Language.EN);
        assertEquals("等待申请人补正", zh.staffStatus("correction"));
        assertEquals("Correction requested", en.publicStatus("correction"));
        assertEquals("Qualified", en.staffStatus("qualified"), "without staff words the public ones serve");
        assertEquals("Patent pre-examination request", en.title("preexam", "request"));
        assertEquals("要求补正", zh.transition("request-correction"));
        assertTrue(zh.isClosed("qualified"));
        assertFalse(zh.isClosed("submitted"));

        CaseLabels gone = new CaseLabels(Optional.empty(), Language.EN);
        assertEquals("retired/old", gone.title("retired", "old"));
        assertEquals("open", gone.staffStatus("open"), "a type no longer registered shows its codes");
    }

    @Test
    void anApplicantsLineSaysWhatIsExpectedAndShowsNoStaffDetail() {
        CaseFile file = new CaseFile(1, "YS-2026-000003", "preexam", "request", "散热装置", "correction", 5, "创新公司",
                null, 3L, "审查员王", null, null, LocalDate.of(2026, 12, 3), 4);
        CaseRow row = CaseRow.forApplicant(file, new CaseLabels(Optional.of(StoredCases.preexam()), Language.ZH_CN),
                List.of("补正 截止 2026-12-03"));
        assertEquals("补正中", row.statusLabel());
        assertEquals(null, row.assigneeName());
        assertEquals(List.of("补正 截止 2026-12-03"), row.expected());
    }

    @Test
    void onlyTheApplicantsRunningDeadlinesAreExpectedOfThem() {
        MessageCatalog messages = new MessageCatalog(WEB, id -> Optional.empty());
        List<CaseQueue.RunningClock> clocks = List.of(
                new CaseQueue.RunningClock("YS-2026-000001", "preexam", "request", "examination",
                        LocalDate.of(2026, 11, 25)),
                new CaseQueue.RunningClock("YS-2026-000003", "preexam", "request", "correction",
                        LocalDate.of(2026, 12, 3)),
                new CaseQueue.RunningClock("XX-2026-000001", "retired", "old", "reply", LocalDate.of(2026, 12, 4)));
        Map<String, List<String>> zh = Expectations.of(clocks, (module, type) -> new CaseLabels(
                "preexam".equals(module) ? Optional.of(StoredCases.preexam()) : Optional.empty(), Language.ZH_CN),
                messages, Language.ZH_CN);
        Map<String, List<String>> en = Expectations.of(clocks, (module, type) -> new CaseLabels(
                "preexam".equals(module) ? Optional.of(StoredCases.preexam()) : Optional.empty(), Language.EN),
                messages, Language.EN);

        assertEquals(Map.of("YS-2026-000003", List.of("补正 截止 2026-12-03")), zh);
        assertEquals(Map.of("YS-2026-000003", List.of("Correction due by 2026-12-03")), en);
    }
}
