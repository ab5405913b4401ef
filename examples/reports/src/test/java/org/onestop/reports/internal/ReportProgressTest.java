package org.onestop.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.CaseEvent;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;

/** What the reporter reads of a report's progress, in Chinese and English, from the case and its timeline. */
class ReportProgressTest {

    private static final Instant FILED = Instant.parse("2026-12-03T02:00:00Z");
    private static final Report REPORT = new Report("trademark", "1234567", "offline", "某商场 3 楼", "", "仿冒商标");

    private static CaseFile file(String status, LocalDate dueOn) {
        return new CaseFile(5, "JB-2026-000005", "reports", "report", "某商场 3 楼", status, 11, "王工程师", null,
                21L, "审查员", FILED, FILED.plusSeconds(3600), dueOn, 3);
    }

    private static List<CaseEvent> events() {
        Attachment photo = new Attachment(8, "现场照片.jpg", "image/jpeg", 2048, "ab", "evidence", FILED, null);
        return List.of(new CaseEvent(FILED, "opened", "王工程师", null, null, "submitted", null, true, List.of(photo)),
                new CaseEvent(FILED.plusSeconds(600), "moved", "审查员", "start-check", "submitted", "checking", null,
                        true, List.of()),
                new CaseEvent(FILED.plusSeconds(1200), "moved", "审查员", "refer", "checking", "referred",
                        "已转交市市场监督管理局处理。", true, List.of()),
                new CaseEvent(FILED.plusSeconds(1300), "comment", "审查员", null, null, null, "请耐心等待", true,
                        List.of()));
    }

    @Test
    void theReporterReadsTheStatusTheStepsAndWhomItWasReferredTo() {
        LocalDate due = LocalDate.of(2026, 12, 24);
        ReportProgress zh = ReportProgress.of(file("referred", due), REPORT, events(), ModuleTexts.strict(),
                Language.ZH_CN);
        assertEquals("已转办", zh.statusLabel());
        assertEquals(due, zh.dueOn());
        assertEquals(List.of("提交举报", "开始核查", "转办", "留言"), zh.timeline().stream()
                .map(ReportProgress.Step::what).toList());
        assertEquals("已转交市市场监督管理局处理。", zh.timeline().get(2).comment());
        assertEquals("已转办", zh.timeline().get(2).statusLabel());
        assertEquals(List.of("现场照片.jpg"), zh.timeline().get(0).files());

        ReportProgress en = ReportProgress.of(file("referred", due), REPORT, events(), ModuleTexts.strict(),
                Language.EN);
        assertEquals("Referred", en.statusLabel());
        assertEquals(List.of("Report filed", "Start the check", "Refer", "Comment"), en.timeline().stream()
                .map(ReportProgress.Step::what).toList());
    }

    @Test
    void aReportTurnedDownHasNoTimeLimitLeft() {
        ReportProgress closed = ReportProgress.of(file("rejected", LocalDate.of(2026, 12, 10)), REPORT, events(),
                ModuleTexts.strict(), Language.ZH_CN);
        assertEquals("不予受理", closed.statusLabel());
        assertEquals(true, closed.closed());
        assertNull(closed.dueOn());
    }
}
