package org.onestop.cases.internal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.view.View;
import org.onestop.cases.internal.calendar.CalendarConfig;
import org.onestop.cases.internal.calendar.ConfiguredCalendar;
import org.onestop.platform.internal.shell.CentreTime;
import org.onestop.platform.internal.shell.MessageCatalog;
import org.onestop.platform.internal.shell.PageRenderer;

/**
 * The workbench, the staff case page and the applicant's pages rendered with the real shell, templates and
 * catalogues from {@code web/} (copied, with a module's template for the case details added): their texts in both
 * languages, escaping, the module's part inside the page, CSRF fields and no inline script or style.
 */
class CaseworkPagesTest {

    private static final Path WEB = Path.of("../../web").toAbsolutePath().normalize();
    private static final Instant OPENED = Instant.parse("2026-11-16T01:30:00Z");

    @TempDir
    Path web;
    private PageRenderer renderer;

    @BeforeEach
    void shell() throws IOException {
        copy(WEB.resolve("templates"), web.resolve("templates"));
        copy(WEB.resolve("i18n"), web.resolve("i18n"));
        Files.createDirectories(web.resolve("templates/preexam"));
        Files.writeString(web.resolve("templates/preexam/details.ftlh"),
                "<#assign title = \"ignored\"><p class=\"claims\">${t(\"casework.details.title\")}: ${claims}</p>");
        MessageCatalog messages = new MessageCatalog(web, id -> Optional.empty());
        renderer = new PageRenderer(web, id -> Optional.empty(), messages);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private String render(View view, Language language, String path, boolean staff) throws Exception {
        return renderer.render(view, new PageRenderer.Page(language, path, "门户", List.of(), Map.of("signedIn", true,
                "name", staff ? "审查员王" : "创新公司", "staff", staff, "operator", false, "innovator", !staff),
                "csrf+token/1"));
    }

    private static void assertSafe(String html) {
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<style"), "no style element");
        assertFalse(Pattern.compile("\\sstyle=|\\son[a-z]+=").matcher(html).find(), "no style or handler attribute");
        Matcher forms = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
        while (forms.find()) {
            assertTrue(forms.group(1).contains("name=\"_csrf\" value=\"csrf+token/1\""), "CSRF field in " + forms.group());
        }
    }

    private static CaseRow row(String number, LocalDate due, String mark, String assignee) {
        return new CaseRow(number, "preexam", "request", "专利预审请求", "一种<b>散热</b>装置", "submitted", "待审查",
                "创新公司", assignee, due, mark, OPENED, List.of());
    }

    private static Map<String, Object> workbench(QueueCounts counts, CaseRowPage result) {
        Map<String, Object> model = new HashMap<>();
        model.put("roles", List.of("examiner"));
        model.put("operator", false);
        model.put("worksCases", true);
        model.put("filter", Map.of("view", "team", "module", "preexam", "status", "", "due", ""));
        model.put("moduleChoices", Map.of("preexam", "专利预审"));
        model.put("statusChoices", Map.of("submitted", "待审查"));
        model.put("counts", counts);
        model.put("result", result);
        return model;
    }

    @Test
    void theWorkbenchShowsTheTabsWithTheirCountsAndTheQueueWithItsMarks() throws Exception {
        CaseRowPage page = new CaseRowPage(60, 1, 25, List.of(
                row("YS-2026-000002", LocalDate.of(2026, 11, 19), "overdue", null),
                row("YS-2026-000004", LocalDate.of(2026, 11, 23), "soon", "审查员王")));
        String html = render(new View("staff/home", workbench(new QueueCounts(2, 4, 3, 1, 1), page)),
                Language.ZH_CN, "/staff?view=team", true);

        assertTrue(html.contains("<title>工作台 · 门户</title>"), html);
        assertTrue(html.contains("href=\"/staff?view=team\" aria-current=\"page\">团队队列 <span class=\"cw-count\">4</span>"));
        assertTrue(html.contains("href=\"/staff?view=unassigned\">未分配 <span class=\"cw-count\">3</span>"));
        assertTrue(html.contains("href=\"/staff?view=team&amp;due=overdue\">已逾期 <span class=\"cw-count\">1</span>"));
        assertTrue(html.contains("<a href=\"/staff/cases/YS-2026-000002\">YS-2026-000002</a>"));
        assertTrue(html.contains("一种&lt;b&gt;散热&lt;/b&gt;装置"), "titles are escaped");
        assertTrue(html.contains("2026-11-19</span> <span class=\"badge cw-overdue\">已逾期</span>"));
        assertTrue(html.contains("2026-11-23</span> <span class=\"badge cw-soon\">即将到期</span>"));
        assertTrue(html.contains("<option value=\"preexam\" selected>专利预审</option>"));
        assertTrue(html.contains("<time datetime=\"2026-11-16T01:30:00Z\">2026-11-16 09:30</time>"),
                "opened at 01:30 UTC, 09:30 in Beijing");
        assertTrue(html.contains("本页时间均为北京时间。"));
        assertFalse(html.contains("UTC"));
        assertTrue(html.contains("href=\"/staff?view=team&amp;module=preexam&amp;status=&amp;due=&amp;page=2\""),
                "the pager keeps the filters");
        assertTrue(html.contains("<a class=\"tool-link\" href=\"/staff\" aria-current=\"page\">工作台</a>"), "the header links the workbench");
        assertFalse(html.contains("href=\"/requests\""), "staff have no requests of their own");
        assertSafe(html);
    }

    @Test
    void theWorkbenchSaysWhichQueueItOpenedOnByItself() throws Exception {
        Map<String, Object> model = workbench(new QueueCounts(0, 3, 3, 0, 0), new CaseRowPage(3, 1, 25, List.of(
                row("YS-2026-000002", LocalDate.of(2026, 11, 19), "", null))));
        model.put("filter", Map.of("view", "unassigned", "module", "", "status", "", "due", ""));
        model.put("opened", "casework.workbench.opened.unassigned");
        String html = render(new View("staff/home", model), Language.ZH_CN, "/staff", true);

        assertTrue(html.contains("role=\"status\">您名下暂无案件，已为您打开“未分配”队列：这些案件正等待领取。</p>"), html);
        assertTrue(html.contains("href=\"/staff?view=unassigned\" aria-current=\"page\">未分配"), "its tab is the current one");
        assertTrue(html.contains("YS-2026-000002"));
    }

    @Test
    void anOperatorWithoutCaseRolesSeesAnEmptyWorkbenchAndTheWayToOperations() throws Exception {
        Map<String, Object> model = workbench(new QueueCounts(0, 0, 0, 0, 0), new CaseRowPage(0, 1, 25, List.of()));
        model.put("worksCases", false);
        model.put("operator", true);
        model.put("roles", List.of("operator"));
        String html = render(new View("staff/home", model), Language.EN, "/staff", true);

        assertTrue(html.contains("None of your roles works cases: the workbench stays empty."), html);
        assertTrue(html.contains("<a class=\"button\" href=\"/ops\">"));
        assertFalse(html.contains("cw-tabs"));
    }

    @Test
    void aBadFilterShowsTheReason() throws Exception {
        Map<String, Object> model = workbench(new QueueCounts(0, 0, 0, 0, 0), null);
        model.remove("result");
        model.put("error", "There is no queue \"all\": use mine, team or unassigned.");
        String html = render(new View("staff/home", model), Language.EN, "/staff?view=all", true);
        assertTrue(html.contains("role=\"alert\">There is no queue &quot;all&quot;: use mine, team or unassigned.</p>"),
                html);
    }

    @Test
    void aBadFilterShowsTheReasonToAStaffMemberWithoutCaseRolesToo() throws Exception {
        Map<String, Object> model = workbench(new QueueCounts(0, 0, 0, 0, 0), null);
        model.remove("result");
        model.put("worksCases", false);
        model.put("operator", true);
        model.put("roles", List.of("operator"));
        model.put("error", "There is no time limit filter \"tomorrow\": use soon or overdue.");
        String html = render(new View("staff/home", model), Language.EN, "/staff?due=tomorrow", true);
        assertTrue(html.contains("role=\"alert\">There is no time limit filter &quot;tomorrow&quot;: use soon or overdue."
                + "</p>"), html);
    }

    private static CaseSheet sheet(boolean staff) {
        CaseSheet.Document claims = new CaseSheet.Document(7, "权利要求书.pdf", "application/pdf", 52_000, "ab",
                "claims", "权利要求书", OPENED, "创新公司", null, null, List.of());
        CaseSheet.Document description = new CaseSheet.Document(8, "description.pdf", "application/pdf", 1_000,
                "cd", "description", "说明书", OPENED, "创新公司", 9L, "description-v2.pdf", List.of());
        CaseSheet.Document corrected = new CaseSheet.Document(9, "description-v2.pdf", "application/pdf", 1_000,
                "ef", "description", "说明书", OPENED.plusSeconds(7200), "创新公司", null, null,
                List.of("JavaScript", "OpenAction"));
        List<CaseSheet.Event> timeline = staff
                ? List.of(new CaseSheet.Event(OPENED, "opened", "创新公司", null, null, "待审查", null, true,
                        List.of(claims, description)),
                        new CaseSheet.Event(OPENED.plusSeconds(3600), "comment", "审查员王", null, null, null,
                                "内部<备注>", false, List.of()))
                : List.of(new CaseSheet.Event(OPENED, "opened", "创新公司", null, null, "已提交", null, true,
                        List.of(claims)),
                        new CaseSheet.Event(OPENED.plusSeconds(7200), "moved", "审查员王", "要求补正", "已提交", "补正中",
                                "请补充附图", true, List.of()));
        List<CaseSheet.Clock> clocks = staff
                ? List.of(new CaseSheet.Clock("examination", "审查期限", "staff", "running",
                        LocalDate.of(2026, 11, 19), -1, false), new CaseSheet.Clock("correction", "补正", "applicant",
                        "paused", null, 6, false))
                : List.of(new CaseSheet.Clock("correction", "补正", "applicant", "running",
                        LocalDate.of(2026, 12, 3), 9, true));
        List<CaseSheet.Choice> choices = staff
                ? List.of(new CaseSheet.Choice("request-correction", "要求补正", true, false, null, false, false),
                        new CaseSheet.Choice("qualify", "预审合格", false, false, null, false, false),
                        new CaseSheet.Choice("reject", "预审不合格", true, false, "/preexam/reject", true, true))
                : List.of(new CaseSheet.Choice("correct", "提交补正", false, false, null, false, false),
                        new CaseSheet.Choice("replace-documents", "替换申请文件", false, true, "#preexam-documents",
                                false, false),
                        new CaseSheet.Choice("withdraw", "撤回请求", false, false, null, true, true));
        return new CaseSheet("YS-2026-000002", "preexam", "request", "专利预审请求", "一种散热装置",
                staff ? "submitted" : "correction", staff ? "待审查" : "补正中", staff ? "已提交" : "补正中", "创新公司",
                "创新科技有限公司", staff ? 3L : null, staff ? "审查员王" : null, OPENED,
                staff ? LocalDate.of(2026, 11, 19) : null, staff ? "overdue" : "", false, clocks, timeline,
                staff ? List.of(claims, description, corrected) : List.of(claims), choices);
    }

    @Test
    void theStaffCasePageShowsTheEnvelopeTheModulesPartTheTimelineAndTheFormsOfItsMoves() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("sheet", sheet(true));
        model.put("details", View.of("preexam/details", "claims", "1. 一种<散热>装置"));
        model.put("mayClaim", false);
        model.put("mayRelease", true);
        model.put("mayAssign", true);
        model.put("workers", List.of(new CaseWorkers.Worker(3, "审查员王"), new CaseWorkers.Worker(9, "审查员陈")));
        model.put("mayComment", true);
        model.put("notice", "casework.notice.claimed");
        model.put("problem", "");
        String html = render(new View("staff/case", model), Language.ZH_CN, "/staff/cases/YS-2026-000002", true);

        assertTrue(html.contains("<title>YS-2026-000002 · 门户</title>"), html);
        assertTrue(html.contains("<strong>待审查</strong> <span class=\"muted\">· 申请人所见: 已提交</span>"));
        assertTrue(html.contains("<p class=\"claims\">申请内容: 1. 一种&lt;散热&gt;装置</p>"),
                "the module's part is rendered in place, its values escaped");
        assertTrue(html.contains("role=\"status\">您已领取此案件。</p>"));
        assertTrue(html.contains("内部&lt;备注&gt;"));
        assertTrue(html.contains("<span class=\"badge\">仅工作人员可见</span>"));
        assertTrue(html.contains("<a href=\"/cases/YS-2026-000002/attachments/7\">权利要求书.pdf</a>"));
        assertTrue(html.contains("51 KB · 权利要求书 · 创新公司"), "the purpose in words, not its code");
        assertFalse(html.contains("· claims ·"));
        assertTrue(Pattern.compile("<h2>文件</h2>\\s*<ul class=\"cw-files\">\\s*<li><a href=\"[^\"]*/7\">权利要求书.pdf</a>"
                + ".*?<li><a href=\"[^\"]*/9\">description-v2.pdf</a>.*?</ul>\\s*<h3 class=\"cw-files-head\">已被替换的文件</h3>"
                + "\\s*<ul class=\"cw-files\">\\s*<li class=\"cw-replaced\"><a href=\"[^\"]*/8\">description.pdf</a>",
                Pattern.DOTALL).matcher(html).find(), "the current files first, the replaced one after, set apart");
        assertEquals(2, count(html, "已被替换为 description-v2.pdf"), "marked in the list and on the timeline");
        assertTrue(html.contains("注意：此文件含有打开时可能自动执行的内容（脚本、打开时自动执行的操作）"),
                "a file that can act on its own when opened is flagged to staff");
        assertTrue(html.contains("已逾期 1 个工作日"));
        assertTrue(html.contains("剩余 6 个工作日"));
        assertTrue(html.contains("action=\"/staff/cases/YS-2026-000002/moves\""));
        assertTrue(Pattern.compile("value=\"request-correction\">.*?required aria-required=\"true\"></textarea>.*?"
                + "<button class=\"button\" type=\"submit\">要求补正</button>", Pattern.DOTALL).matcher(html).find(),
                "a move that needs a comment asks for it");
        assertTrue(Pattern.compile("value=\"qualify\">.*?maxlength=\"4000\"></textarea>", Pattern.DOTALL)
                .matcher(html).find(), "a move without one does not");
        assertTrue(Pattern.compile("value=\"qualify\">.*?</textarea>\\s*</div>\\s*"
                + "<button class=\"button\" type=\"submit\">预审合格", Pattern.DOTALL).matcher(html).find(), "a move that neither closes the case nor goes against anyone is"
                + " taken at once");
        assertTrue(html.contains("<a class=\"button danger\" href=\"/preexam/reject\">预审不合格</a>"),
                "an adverse step is set apart");
        assertTrue(html.contains("action=\"/staff/cases/YS-2026-000002/release\""));
        assertFalse(html.contains("/claim\""));
        assertTrue(html.contains("<option value=\"3\" selected>审查员王</option>"));
        assertTrue(html.contains("action=\"/cases/YS-2026-000002/attachments?_csrf=csrf%2Btoken%2F1\""));
        assertTrue(html.contains("name=\"back\" value=\"/staff/cases/YS-2026-000002?notice=uploaded\""));
        assertTrue(html.contains("action=\"/staff/cases/YS-2026-000002/comments\""));
        assertSafe(html);
    }

    @Test
    void aRefusedMoveShowsItsReasonOnThePage() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("sheet", sheet(true));
        model.put("mayClaim", true);
        model.put("mayRelease", false);
        model.put("mayAssign", false);
        model.put("workers", List.of());
        model.put("mayComment", true);
        model.put("notice", "");
        model.put("problem", "“Request a correction” needs a comment.");
        String html = render(new View("staff/case", model), Language.EN, "/staff/cases/YS-2026-000002", true);
        assertTrue(html.contains("<p class=\"alert error\" role=\"alert\">“Request a correction” needs a comment.</p>"),
                html);
        assertTrue(html.contains("action=\"/staff/cases/YS-2026-000002/claim\""));
        assertTrue(html.contains("Time limits"));
    }

    @Test
    void myRequestsListEveryCaseWithWhatIsExpectedAndTheLookup() throws Exception {
        CaseRow mine = new CaseRow("YS-2026-000002", "preexam", "request", "Patent pre-examination request",
                "Cooling device", "correction", "Correction requested", "Inno Ltd", null, null, "", OPENED,
                List.of("Correction due by 2026-12-03"));
        String html = render(View.of("requests/list", "rows", List.of(mine), "number", ""), Language.EN,
                "/requests", false);

        assertTrue(html.contains("<title>My requests · 门户</title>"), html);
        assertTrue(html.contains("<a href=\"/requests/YS-2026-000002\">YS-2026-000002</a>"));
        assertTrue(html.contains("<span class=\"badge\">Correction requested</span>"));
        assertTrue(html.contains("<span class=\"cw-expected\">Correction due by 2026-12-03</span>"));
        assertTrue(html.contains("<form class=\"cw-filter cw-lookup\" method=\"get\" action=\"/requests\">"));
        assertTrue(html.contains("<a class=\"tool-link\" href=\"/requests\" aria-current=\"page\">My requests</a>"));
        assertFalse(html.contains("href=\"/staff\""));
        assertSafe(html);

        String none = render(View.of("requests/list", "rows", List.of(), "number", "YS-2026-999999",
                "problem", "您的申请中没有编号为 YS-2026-999999 的申请。"), Language.ZH_CN, "/requests", false);
        assertTrue(none.contains("role=\"alert\">您的申请中没有编号为 YS-2026-999999 的申请。</p>"), none);
        assertTrue(none.contains("value=\"YS-2026-999999\""));
        assertTrue(none.contains("您还没有提交任何申请。"));
    }

    @Test
    void timesAreShownInTheCentresZoneAndFollowItsConfiguration() throws Exception {
        CaseSheet opened = withOpening(sheet(false), Instant.parse("2026-03-01T17:30:00Z"));
        Map<String, Object> model = new HashMap<>(Map.of("sheet", opened, "notice", "", "problem", ""));
        String beijing = render(new View("requests/case", model), Language.ZH_CN, "/requests/YS-2026-000002", false);

        assertTrue(beijing.contains("<time datetime=\"2026-03-01T17:30:00Z\">2026-03-02 01:30</time>"), beijing);
        assertEquals(1, count(beijing, "本页时间均为北京时间。"), "the zone is said once");
        assertFalse(beijing.contains("UTC"));

        renderer = new PageRenderer(web, id -> Optional.empty(), new MessageCatalog(web, id -> Optional.empty()),
                new CentreTime(calendar("Europe/Berlin")::zone));
        String berlin = render(new View("requests/case", model), Language.EN, "/requests/YS-2026-000002", false);
        assertTrue(berlin.contains(">2026-03-01 18:30</time>"), berlin);
        assertTrue(berlin.contains("All times on this page are Central European Time."), berlin);
    }

    private static CaseSheet withOpening(CaseSheet s, Instant openedAt) {
        return new CaseSheet(s.trackingNumber(), s.module(), s.caseType(), s.typeTitle(), s.title(), s.status(),
                s.statusLabel(), s.publicLabel(), s.applicantName(), s.organisationName(), s.assigneeId(),
                s.assigneeName(), openedAt, s.dueOn(), s.due(), s.closed(), s.clocks(), s.timeline(), s.attachments(),
                s.choices());
    }

    /** The working calendar as configured with {@code zone}. */
    private static ConfiguredCalendar calendar(String zone) {
        return new ConfiguredCalendar(new CalendarConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return CalendarConfig.class;
            }

            @Override
            public String time_zone() {
                return zone;
            }

            @Override
            public String weekend_days() {
                return "SATURDAY,SUNDAY";
            }

            @Override
            public String holidays() {
                return "";
            }

            @Override
            public String workdays() {
                return "";
            }
        });
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theApplicantsCasePageSpeaksInPublicTermsAndOffersTheirMoves() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("sheet", sheet(false));
        model.put("notice", "");
        model.put("problem", "");
        String html = render(new View("requests/case", model), Language.ZH_CN, "/requests/YS-2026-000002", false);

        assertTrue(html.contains("<strong>补正中</strong>"), html);
        assertTrue(html.contains("要求补正"));
        assertTrue(html.contains("已提交 → 补正中"));
        assertTrue(html.contains("请补充附图"));
        assertTrue(html.contains("2026-12-03 截止"));
        assertTrue(html.contains("剩余 9 天"), "a time limit in calendar days counts calendar days");
        assertFalse(html.contains("个工作日"));
        assertTrue(html.contains("action=\"/requests/YS-2026-000002/moves\""));
        assertTrue(html.contains("<button class=\"button\" type=\"submit\">提交补正</button>"));
        assertTrue(html.contains("<a class=\"button\" href=\"#preexam-documents\">替换申请文件</a>"),
                "a move with the module's own form links to it");
        assertFalse(html.contains("value=\"replace-documents\""), "and has no comment form of its own");
        assertTrue(Pattern.compile("value=\"withdraw\">.*?<input type=\"checkbox\" name=\"confirmed\" value=\"yes\""
                + " required[^>]*> 我已核对，确认“撤回请求”。这一步办理后不能撤回。.*?<button class=\"button danger\" type=\"submit\">撤回请求"
                + "</button>", Pattern.DOTALL).matcher(html).find(), "a final, adverse step asks once and looks different");
        assertTrue(html.contains("name=\"back\" value=\"/requests/YS-2026-000002?notice=uploaded\""));
        assertFalse(html.contains("承办人"), "no assignee for the applicant");
        assertFalse(html.contains("仅工作人员可见"));
        assertSafe(html);
        assertEquals(-1, html.indexOf("/staff/cases/"));
    }
}
