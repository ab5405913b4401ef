package org.onestop.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.CaseClient.row;
import static org.onestop.runtime.CaseClient.trackingNumbers;
import static org.onestop.runtime.SampleDocuments.executable;
import static org.onestop.runtime.SampleDocuments.pdf;
import static org.onestop.runtime.SampleDocuments.png;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The casework story: a case driven through a workflow over HTTP, on the distribution started with
 * {@code java -jar}, mail going to GreenMail, and the example module {@code casework} (enquiries, tracking numbers
 * {@code SQ-…}) dropped into its {@code deploy/} folder: an innovator opens an enquiry (once, whatever the retries),
 * an assistance officer created by the operator takes it, reviews it and asks for more information, the applicant
 * answers with a PDF, the officer replies and the case is closed. The applicant sees the public side of it only.
 * Moves that are not allowed, files that are not what they claim and other people's curiosity change nothing; the
 * module's own form opens one case with its file however often it is sent. Then the second example, {@code reports}
 * (infringement reports, {@code JB-…}), is installed by the operator through the console's upload form: a reporter
 * files a report with evidence on its page (once, the file kept when a field is at fault) and over JSON, the officer
 * finds it in the queue, checks it and refers it (a refusal needs its reason), and the reporter reads the status and
 * the timeline on the module's own page. The steps run in order, each on what the one before left. (One story:
 * everything it checks is visible over HTTP, so the real distribution tells it.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final String APPLICANT = "liu.yang@example.cn";
    private static final String OFFICER = "officer.gao@onestop.test";
    private static final String OFFICER_NAME = MailedGateway.STAFF_NAME;

    @TempDir
    static Path home;
    static MailedGateway hall;
    static Browser applicant;
    static Browser officer;
    static String tracking;
    static long pdfId;

    @BeforeAll
    static void start() throws Exception {
        Path deploy = Files.createDirectories(home.resolve("deploy"));
        try (var jars = Files.list(GatewayProcess.DIST.resolve("deploy"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, deploy.resolve(jar.getFileName()));
            }
        }
        Path examples = Path.of(System.getProperty("onestop.examples", "target/examples"));
        // the example as built now, also over a copy a developer left in the distribution's deploy/ (its README)
        Files.copy(examples.resolve("casework.jar"), deploy.resolve("casework.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        hall = MailedGateway.start(home, Map.of("ONESTOP_DEPLOY", deploy.toString()));
        String output = hall.process.awaitOutput("Case type sample/enquiry offered");
        assertTrue(output.contains("Case type sample/enquiry offered (prefix SQ)"), output);
        Await.until("the enquiry page (it needs the case engine)", SOON, () -> new Browser(hall.port).get("/sample"),
                a -> a.status() == 200);
    }

    @AfterAll
    static void stop() throws Exception {
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    @Order(1)
    void anInnovatorOpensAnEnquiryOnceHoweverOftenTheRequestIsSent() throws Exception {
        applicant = hall.innovator(APPLICANT);
        String enquiry = "{\"topic\":\"外观设计被仿冒\",\"details\":\"我公司的奶茶包装外观设计被他人仿冒，能否申请维权援助？\"}";
        String key = UUID.randomUUID().toString();

        Http.Answer first = applicant.json("POST", "/api/sample/enquiries", enquiry, "Idempotency-Key", key,
                "X-CSRF-Token", applicant.csrfToken());
        assertEquals(201, first.status(), first.body());
        JsonNode receipt = json(first.body());
        tracking = receipt.path("trackingNumber").asText();
        assertTrue(tracking.matches("SQ-\\d{4}-\\d{6}"), tracking);
        assertEquals("submitted", receipt.path("status").asText());
        assertFalse(receipt.path("openedAt").asText().isEmpty(), first.body());

        Http.Answer again = applicant.json("POST", "/api/sample/enquiries", enquiry, "Idempotency-Key", key,
                "X-CSRF-Token", applicant.csrfToken());
        assertEquals(200, again.status(), "a retry is answered with the first receipt: " + again.body());
        assertEquals(tracking, json(again).path("trackingNumber").asText());

        JsonNode mine = json(applicant.get("/api/requests", "Accept", "application/json"));
        assertEquals(List.of(tracking), trackingNumbers(mine), "one case, not two");
        assertEquals("外观设计被仿冒", row(mine, tracking).path("title").asText());

        Http.Answer empty = applicant.json("POST", "/api/sample/enquiries", "{\"topic\":\" \",\"details\":\"\"}",
                "X-CSRF-Token", applicant.csrfToken());
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.header("Content-Type").startsWith("application/problem+json"), empty.header("Content-Type"));
        assertTrue(json(empty).path("detail").asText().contains("请填写主题"), empty.body());
        assertEquals(1, trackingNumbers(json(applicant.get("/api/requests", "Accept", "application/json"))).size());
        assertEquals(receipt, json(again), "the very same receipt");
    }

    @Test
    @Order(2)
    void theAssistanceOfficerFindsItInTheTeamsQueue() throws Exception {
        officer = hall.staffMember(OFFICER, "assistance_officer");
        Http.Answer workbench = officer.get("/staff?view=team");
        assertEquals(200, workbench.status());
        assertTrue(workbench.body().contains(tracking), "the team's queue on the workbench lists " + tracking);
        JsonNode team = json(officer.get("/api/staff/cases?view=team", "Accept", "application/json"));
        assertTrue(trackingNumbers(team.path("items")).contains(tracking), team.toString());

        JsonNode envelope = json(officer.get("/api/cases/" + tracking, "Accept", "application/json"));
        assertEquals("sample", envelope.path("module").asText());
        assertEquals("enquiry", envelope.path("caseType").asText());
        assertEquals("submitted", envelope.path("status").asText());
        assertFalse(envelope.path("dueOn").isNull(), "the review's three working days run: " + envelope);

        Http.Answer page = officer.get("/staff/cases/" + tracking);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("奶茶包装外观设计被他人仿冒"), "the case page shows the module's details");

        Http.Answer desk = officer.get("/staff");
        assertTrue(desk.body().contains("您名下暂无案件，已为您打开“未分配”队列") && desk.body().contains(tracking),
                "nothing is the officer's yet: the workbench opens on the cases waiting to be taken");
        assertTrue(desk.body().contains("href=\"/staff?view=unassigned\" aria-current=\"page\""), desk.body());

        String openedAt = envelope.path("openedAt").asText();
        assertTrue(openedAt.endsWith("Z"), "JSON keeps UTC: " + openedAt);
        String beijing = BEIJING.format(Instant.parse(openedAt));
        assertTrue(page.body().contains("<time datetime=\"" + Instant.parse(openedAt) + "\">" + beijing + "</time>"),
                "the case page shows when it was opened in the centre's time, " + beijing);
        assertTrue(page.body().contains("本页时间均为北京时间。"));
        assertFalse(page.body().contains("UTC"));
    }

    @Test
    @Order(3)
    void movesThatAreNotAllowedAreRefusedWithAReasonAndChangeNothing() throws Exception {
        String before = timeline(officer);
        long version = envelope(officer).path("version").asLong();

        refused(applicant, "start-review", null, 403, "the applicant cannot start the review");
        refused(officer, "answer", null, 403, "the applicant's answer is not the officer's");
        refused(officer, "reply", "答复如下", 409, "no reply before the review has started");
        refused(officer, "lapse", null, 403, "only the gateway lets an enquiry lapse");

        String casePage = "/staff/cases/" + tracking;
        assertTrue(Pattern.compile("value=\"decline\">.*?name=\"confirmed\" value=\"yes\" required.*?"
                + "<button class=\"button danger\" type=\"submit\">不予答复</button>", Pattern.DOTALL)
                .matcher(officer.get(casePage).body()).find(), "declining is set apart and asks once");
        Http.Answer unconfirmed = officer.submit(casePage, casePage + "/moves",
                Map.of("transition", "decline", "comment", "不属于本中心的业务范围"));
        assertEquals(422, unconfirmed.status(), "a final step sent without its box ticked is not taken");
        assertTrue(unconfirmed.body().contains("这一步办理后不能撤回：请先勾选确认框，再提交。"), unconfirmed.body());

        assertEquals(before, timeline(officer), "the timeline is unchanged");
        assertEquals(version, envelope(officer).path("version").asLong());
        assertEquals("submitted", envelope(applicant).path("status").asText());
    }

    @Test
    @Order(4)
    void theOfficerTakesTheCaseStartsTheReviewAndAsksForMoreInformation() throws Exception {
        Http.Answer claimed = officer.json("POST", "/api/cases/" + tracking + "/claim", null, "X-CSRF-Token",
                officer.csrfToken());
        assertEquals(200, claimed.status(), claimed.body());
        assertEquals(OFFICER_NAME, json(claimed).path("assignee").asText());

        assertEquals("review", move(officer, "start-review", null, List.of()).path("status").asText());

        Http.Answer silent = moveAnswer(officer, "ask", null, List.of());
        assertEquals(422, silent.status(), "asking needs a comment: " + silent.body());
        assertFalse(json(silent).path("detail").asText().isBlank(), silent.body());

        JsonNode asked = move(officer, "ask", "请提供外观设计专利证书的扫描件。", List.of());
        assertEquals("more-info", asked.path("status").asText());
    }

    @Test
    @Order(5)
    void theApplicantSeesWhatIsExpectedAndAnswersWithAPdf() throws Exception {
        JsonNode row = row(json(applicant.get("/api/requests", "Accept", "application/json")), tracking);
        assertEquals("more-info", row.path("status").asText());
        String expected = row.path("expected").toString();
        assertTrue(expected.contains("答复期限"), "what is expected of the applicant, and by when: " + row);

        String before = timeline(applicant);
        long version = envelope(applicant).path("version").asLong();
        Http.Answer disguised = applicant.upload("/api/cases/" + tracking + "/attachments", "file", "x.pdf",
                "application/pdf", executable(), "X-CSRF-Token", applicant.csrfToken());
        assertEquals(415, disguised.status(), disguised.body());
        assertFalse(json(disguised).path("detail").asText().isBlank(), disguised.body());
        assertEquals(before, timeline(applicant), "a refused file leaves the case unchanged");
        assertEquals(version, envelope(applicant).path("version").asLong());
        Http.Answer held = applicant.upload("/api/attachments", "file", "x.pdf", "application/pdf", executable(),
                "X-CSRF-Token", applicant.csrfToken());
        assertEquals(415, held.status(), held.body());

        Http.Answer bare = moveAnswer(applicant, "answer", null, List.of());
        assertEquals(422, bare.status(), "an answer needs a file: " + bare.body());

        Http.Answer stored = new MultipartForm().field("purpose", "certificate").pdf("file", "外观设计证书.pdf", pdf())
                .postAs(applicant, "/api/cases/" + tracking + "/attachments");
        assertEquals(201, stored.status(), stored.body());
        pdfId = firstFile(stored).path("id").asLong();
        assertEquals("application/pdf", firstFile(stored).path("mediaType").asText(), stored.body());

        JsonNode answered = move(applicant, "answer", "证书扫描件见附件。", List.of());
        assertEquals("review", answered.path("status").asText(), "the file sent before the answer counts");
        String events = timeline(applicant);
        assertTrue(events.contains("\"id\":" + pdfId + ","), "the file is on the timeline: " + events);
        assertEquals("answer", lastEvent(json(events)).path("transition").asText());

        JsonNode mine = json(officer.get("/api/staff/cases?view=mine", "Accept", "application/json"));
        assertEquals(List.of(tracking), trackingNumbers(mine), "the case the officer took: " + mine);
        JsonNode line = row(mine, tracking);
        assertEquals("review", line.path("status").asText());
        assertEquals("审核中", line.path("statusLabel").asText());
        assertEquals(OFFICER_NAME, line.path("assigneeName").asText());
        assertEquals(MailedGateway.INNOVATOR_NAME, line.path("applicantName").asText());

        JsonNode staffSide = json(timeline(officer));
        JsonNode publicSide = json(events);
        assertTrue(kinds(staffSide).contains("claimed"), staffSide.toString());
        assertFalse(kinds(publicSide).contains("claimed"), "the applicant does not see staff-only entries: "
                + publicSide);
        assertEquals(List.of("start-review", "ask", "answer"), transitions(publicSide));
        assertTrue(events.contains("请提供外观设计专利证书的扫描件。"), "the applicant reads the question: " + events);
    }

    @Test
    @Order(6)
    void aSecondQuestionIsAnsweredWithAFileSentAlongWithTheAnswer() throws Exception {
        assertEquals("more-info", move(officer, "ask", "证书页码不全，请补充第 2 页。", List.of()).path("status")
                .asText());
        Http.Answer held = applicant.upload("/api/attachments", "file", "证书第2页.pdf", "application/pdf", pdf(),
                "X-CSRF-Token", applicant.csrfToken());
        assertEquals(201, held.status(), held.body());
        long page2 = firstFile(held).path("id").asLong();

        JsonNode answered = move(applicant, "answer", "第 2 页见附件。", List.of(page2));
        assertEquals("review", answered.path("status").asText());
        JsonNode last = lastEvent(json(timeline(applicant)));
        assertEquals("answer", last.path("transition").asText());
        assertEquals(page2, last.path("attachments").path(0).path("id").asLong(), last.toString());
    }

    @Test
    @Order(7)
    void anotherInnovatorCannotSeeTheCaseNorItsFile() throws Exception {
        Browser stranger = hall.innovator("curious.neighbour@example.cn");
        assertEquals(404, stranger.get("/api/cases/" + tracking, "Accept", "application/json").status());
        assertEquals(404, stranger.get("/api/cases/" + tracking + "/timeline", "Accept", "application/json")
                .status());
        assertEquals(404, stranger.get("/cases/" + tracking + "/attachments/" + pdfId).status());
        assertEquals(404, stranger.get("/api/cases/" + tracking + "/attachments/" + pdfId).status());
        assertTrue(trackingNumbers(json(stranger.get("/api/requests", "Accept", "application/json"))).isEmpty());

        Http.Answer own = applicant.get("/cases/" + tracking + "/attachments/" + pdfId);
        assertEquals(200, own.status());
        assertTrue(own.body().startsWith("%PDF-"), "the applicant downloads the file as stored");
        assertEquals(200, officer.get("/cases/" + tracking + "/attachments/" + pdfId).status(),
                "the officer working the queue reads it too");
    }

    @Test
    @Order(8)
    void aClearerCertificateReplacesTheFirstOneAndBothAreNamedInWords() throws Exception {
        Http.Answer clearer = new MultipartForm().field("purpose", "certificate")
                .pdf("file", "外观设计证书-清晰版.pdf", pdf()).postAs(applicant, "/api/cases/" + tracking + "/attachments");
        assertEquals(201, clearer.status(), clearer.body());
        long clearerId = firstFile(clearer).path("id").asLong();

        JsonNode files = json(applicant.get("/api/requests/" + tracking, "Accept", "application/json"))
                .path("attachments");
        JsonNode first = file(files, pdfId);
        assertEquals("certificate", first.path("purpose").asText(), "the code stays for scripts");
        assertEquals("证书", first.path("purposeLabel").asText(), "and its words come with it");
        assertEquals(clearerId, first.path("supersededBy").asLong(), files.toString());
        assertEquals("外观设计证书-清晰版.pdf", first.path("supersededByName").asText());
        assertTrue(file(files, clearerId).path("supersededBy").isNull(), "the clearer one is current");
    }

    @Test
    @Order(9)
    void theOfficerRepliesTheApplicantIsToldAndTheAuditTrailHasEveryMove() throws Exception {
        JsonNode replied = move(officer, "reply", "经核查，可申请维权援助，请于三个工作日内提交援助申请。", List.of());
        assertEquals("answered", replied.path("status").asText());
        assertTrue(replied.path("closed").asBoolean(true), replied.toString());
        refused(officer, "decline", "再议", 409, "a closed case moves no more");

        JsonNode row = row(json(applicant.get("/api/requests", "Accept", "application/json")), tracking);
        assertEquals("answered", row.path("status").asText());
        assertEquals("已答复", row.path("statusLabel").asText());

        JsonNode unread = json(applicant.get("/api/notifications/unread", "Accept", "application/json"));
        assertEquals(4, unread.path("unread").asInt(), "start-review, ask twice and reply: " + unread);
        assertNotNull(hall.mailTo(APPLICANT, tracking), "the status changes are mailed too");
        JsonNode outbox = json(hall.operator.get("/api/ops/outbox?size=50", "Accept", "application/json"));
        assertTrue(StreamSupport.stream(outbox.path("items").spliterator(), false)
                .anyMatch(m -> APPLICANT.equals(m.path("recipient").asText())),
                "the operator finds the applicant's mails in the outbox: " + outbox);

        JsonNode audit = json(hall.operator.get("/api/ops/audit?action=case.&size=50", "Accept",
                "application/json"));
        String trail = audit.toString();
        assertTrue(trail.contains("case.opened") && trail.contains("case:" + tracking), trail);
        for (String transition : List.of("start-review", "ask", "answer", "reply")) {
            assertTrue(trail.contains("(" + transition + ")"), transition + " in " + trail);
        }
        assertFalse(trail.contains("(decline)"), "refused moves leave no trace of a change");

        Http.Answer page = applicant.get("/requests/" + tracking);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("已被替换为 外观设计证书-清晰版.pdf"), "the first certificate is marked replaced");
        assertTrue(page.body().contains(" · 证书 · "), "purposes read as words");
        assertFalse(page.body().contains("certificate"), "never as codes");
        assertEquals(0, json(applicant.get("/api/notifications/unread", "Accept", "application/json"))
                .path("unread").asInt(), "opening the case read its notifications");
        assertFalse(applicant.get("/requests").body().contains("class=\"bell-count\""), "and the header shows none");

        long officersBefore = json(officer.get("/api/notifications/unread", "Accept", "application/json"))
                .path("unread").asLong();
        assertTrue(officersBefore > 0, "the applicant's answers were news for the officer");
        assertEquals(200, officer.get("/staff/cases/" + tracking).status());
        assertEquals(0, json(officer.get("/api/notifications/unread", "Accept", "application/json"))
                .path("unread").asInt(), "the officer's, once the officer opened the case");
    }

    @Test
    @Order(10)
    void theEnquiryFormWithAFileSentTwiceOpensOneCase() throws Exception {
        Http.Answer visitor = new Browser(hall.port).get("/sample");
        assertEquals(200, visitor.status());
        assertTrue(visitor.body().contains("/login?next=%2Fsample"), "visitors are asked to sign in first");

        Browser innovator = hall.innovator("ma.lan@example.cn");
        Http.Answer form = innovator.get("/sample");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("前完成审核"), "the page says by when an enquiry sent today is reviewed");
        PageForm pageForm = PageForm.of(form, "/sample");
        String target = pageForm.action();

        Http.Answer blank = sendForm(innovator, target, new MultipartForm().field("idempotencyKey", pageForm.key())
                .field("topic", "").field("details", "只有问题").pdf("file", "商标注册证.pdf", pdf()));
        assertEquals(422, blank.status());
        assertTrue(blank.body().contains("请填写主题") && blank.body().contains("只有问题"),
                "the field at fault is marked and the rest kept");

        Http.Answer disguised = sendForm(innovator, target, enquiryForm(pageForm.key())
                .file("file", "商标注册证.pdf", "application/pdf", executable()));
        assertEquals(415, disguised.status(), disguised.body());
        assertTrue(disguised.body().contains("他人注册了与我方近似的商标"), "the form is shown again, filled in");
        assertTrue(disguised.body().contains("id=\"e-file\""), "the file is marked: " + disguised.body());
        assertTrue(trackingNumbers(json(innovator.get("/api/requests", "Accept", "application/json"))).isEmpty(),
                "nothing was opened");

        Http.Answer sent = sendForm(innovator, target, enquiryForm(pageForm.key()).pdf("file", "商标注册证.pdf", pdf()));
        Http.Answer resent = sendForm(innovator, target, enquiryForm(pageForm.key()).pdf("file", "商标注册证.pdf",
                pdf()));
        assertEquals(303, sent.status(), sent.body());
        assertEquals(Browser.location(sent), Browser.location(resent), "the second sending finds the first case");
        String opened = Browser.location(sent).replaceAll(".*opened=", "");
        assertTrue(opened.matches("SQ-\\d{4}-\\d{6}"), opened);
        assertEquals(List.of(opened), trackingNumbers(json(innovator.get("/api/requests", "Accept",
                "application/json"))));
        assertTrue(innovator.get(Browser.location(sent)).body().contains("受理号 " + opened));

        JsonNode files = json(innovator.get("/api/requests/" + opened, "Accept", "application/json"))
                .path("attachments");
        assertEquals(1, files.size(), "the file came with the case: " + files);
        assertEquals("商标注册证.pdf", files.get(0).path("fileName").asText(), files.toString());
        assertEquals("证书", files.get(0).path("purposeLabel").asText(), files.toString());

        // a supervisor gives the new enquiry to the team's officer, chosen from the case page's list of the team
        Browser supervisor = hall.staffMember("supervisor.zhou@onestop.test", "supervisor");
        Http.Answer page = supervisor.get("/staff/cases/" + opened);
        assertEquals(200, page.status(), page.body());
        Matcher worker = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + OFFICER_NAME + "</option>")
                .matcher(page.body());
        assertTrue(worker.find(), "the officer is offered: " + page.body());
        Http.Answer given = supervisor.json("POST", "/api/cases/" + opened + "/assign",
                "{\"assigneeId\":" + worker.group(1) + "}", "X-CSRF-Token", supervisor.csrfToken());
        assertEquals(200, given.status(), given.body());
        assertEquals(OFFICER_NAME, json(given).path("assignee").asText());
    }

    @Test
    @Order(11)
    void theModulesRoutesDeclareTheirAudienceAndNothingFailedOnTheGatewaysSide() {
        String output = hall.process.output.toString();
        assertFalse(output.contains("declares no @Access"), output);
        assertFalse(output.contains("Request failed with error id"), output);
    }

    @Test
    @Order(12)
    void anotherZoneOfTheCentreIsFollowedWithoutRestart() throws Exception {
        Instant opened = Instant.parse(envelope(applicant).path("openedAt").asText());
        Path config = home.resolve("config");
        String before = GatewayConfigFiles.set(config, "org.onestop.platform.calendar.cfg",
                Map.of("time.zone", "Europe/Berlin"));
        try {
            String berlin = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Berlin"))
                    .format(opened);
            Http.Answer page = Await.until("the case page in Berlin time", SOON,
                    () -> applicant.get("/requests/" + tracking + "?lang=en"),
                    a -> a.body().contains("All times on this page are Central European Time."));
            assertTrue(page.body().contains(">" + berlin + "</time>"), "opened at " + berlin + " in Berlin: "
                    + page.body());
        } finally {
            GatewayConfigFiles.restore(config, "org.onestop.platform.calendar.cfg", before);
        }
        Await.until("Beijing time again", SOON, () -> applicant.get("/requests/" + tracking),
                a -> a.body().contains(BEIJING.format(opened)));
    }

    // ---- the second example, reports (举报投诉, tracking numbers JB-…), installed through the operator's console ----

    static Browser reporter;
    static String report;
    static String secondReport;

    @Test
    @Order(20)
    void anOperatorInstallsTheReportsExampleThroughTheConsolesUploadForm() throws Exception {
        Path jar = Path.of(System.getProperty("onestop.examples", "target/examples")).resolve("reports.jar");
        MultipartForm upload = new MultipartForm().file("file", "reports.jar", "application/java-archive",
                Files.readAllBytes(jar));
        Http.Answer check = hall.operator.post("/ops/bundles/uploads?_csrf=" + hall.operator.csrfToken(),
                upload.bytes(), "Content-Type", upload.contentType());
        assertEquals(200, check.status(), check.body());
        assertTrue(check.body().contains("org.onestop.reports"), "the check names the bundle: " + check.body());
        Matcher confirm = Pattern.compile("action=\"(/ops/bundles/uploads/[0-9a-f]{32})\"").matcher(check.body());
        assertTrue(confirm.find(), "the operator confirms what was checked: " + check.body());
        assertFalse(Files.exists(home.resolve("deploy/reports.jar")), "nothing installed before the confirmation");

        Http.Answer installed = hall.operator.postForm(confirm.group(1),
                Map.of("_csrf", Browser.csrfOf(check.body())));
        assertEquals(303, installed.status(), installed.body());
        assertEquals("/ops/bundles?done=installed&bundle=org.onestop.reports", Browser.location(installed));
        assertTrue(Files.exists(home.resolve("deploy/reports.jar")), "the jar is kept in deploy/, as if copied");
        String output = hall.process.awaitOutput("Case type reports/report offered");
        assertTrue(output.contains("Case type reports/report offered (prefix JB)"), output);
        Await.until("the report form", SOON, () -> new Browser(hall.port).get("/reports"), a -> a.status() == 200);
        String modules = new Browser(hall.port).get("/api/portal/modules", "Accept", "application/json").body();
        assertTrue(modules.contains("\"id\":\"reports\"") && modules.contains("举报投诉（示例）"), modules);
    }

    @Test
    @Order(21)
    void anInnovatorReportsAnInfringementWithEvidenceAndIsAcknowledgedWithATrackingNumber() throws Exception {
        Http.Answer visitor = new Browser(hall.port).get("/reports");
        assertTrue(visitor.body().contains("/login?next=%2Freports"), "visitors are asked to sign in first");

        reporter = hall.innovator("zhao.min@example.cn");
        Http.Answer form = reporter.get("/reports");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("前完成核查"), "the page says by when a report filed today is checked");
        PageForm pageForm = PageForm.of(form, "/reports");
        String target = pageForm.action();

        Http.Answer wrong = sendForm(reporter, target, reportForm(pageForm.key(), "ZL201710601862.4",
                "shop.example.cn/item/1").pdf("evidence", "网店截图.pdf", pdf()));
        assertEquals(422, wrong.status(), wrong.body());
        assertTrue(wrong.body().contains("专利号的校验位不正确") && wrong.body().contains("网址不正确"),
                "each field at fault says why, in Chinese: " + wrong.body());
        assertTrue(wrong.body().contains("仿冒我方外观设计专利的奶茶杯"), "the rest is kept");
        Matcher held = Pattern.compile("name=\"held.evidence\" value=\"(\\d+)\"").matcher(wrong.body());
        assertTrue(held.find() && wrong.body().contains("已附：网店截图.pdf"), "the evidence is kept: " + wrong.body());
        Http.Answer disguised = sendForm(reporter, target, reportForm(pageForm.key(), "ZL201710601862.3",
                "https://shop.example.cn/item/1").file("evidence", "网店截图.pdf", "application/pdf", executable()));
        assertEquals(415, disguised.status(), "a renamed executable is no evidence: " + disguised.body());
        assertTrue(disguised.body().contains("id=\"e-evidence\"")
                && disguised.body().contains("https://shop.example.cn"), "the file is marked, the form kept");
        assertTrue(trackingNumbers(json(reporter.get("/api/requests", "Accept", "application/json"))).isEmpty(),
                "nothing was filed");

        MultipartForm right = reportForm(pageForm.key(), "ZL201710601862.3", "https://shop.example.cn/item/1")
                .field("held.evidence", held.group(1)).field("heldName.evidence", "网店截图.pdf");
        Http.Answer filed = sendForm(reporter, target, right);
        assertEquals(303, filed.status(), filed.body());
        Http.Answer again = sendForm(reporter, target, reportForm(pageForm.key(), "ZL201710601862.3",
                "https://shop.example.cn/item/1").field("held.evidence", held.group(1)));
        assertEquals(Browser.location(filed), Browser.location(again), "sent twice, filed once");
        Matcher number = Pattern.compile("^/reports/(JB-\\d{4}-\\d{6})\\?filed=1$").matcher(Browser.location(filed));
        assertTrue(number.find(), Browser.location(filed));
        report = number.group(1);
        assertEquals(List.of(report), trackingNumbers(json(reporter.get("/api/requests", "Accept",
                "application/json"))));

        Http.Answer acknowledged = reporter.get(Browser.location(filed));
        assertEquals(200, acknowledged.status());
        String page = acknowledged.body();
        assertTrue(page.contains("您的举报已受理，受理号 " + report), page);
        assertTrue(page.contains("已提交") && page.contains("专利 · 201710601862.3") && page.contains("网店截图.pdf"),
                page);
        assertTrue(page.contains("本页时间均为北京时间。") && !page.contains("UTC"), page);

        JsonNode progress = json(reporter.get("/api/reports/" + report, "Accept", "application/json"));
        assertEquals("submitted", progress.path("status").asText(), progress.toString());
        assertEquals("201710601862.3", progress.path("report").path("rightNumber").asText());
        assertFalse(progress.path("dueOn").isNull(), "the check's five working days run: " + progress);
        assertEquals("网店截图.pdf", progress.path("timeline").path(0).path("files").path(0).asText(),
                progress.toString());
    }

    @Test
    @Order(22)
    void overJsonEachFieldAtFaultIsNamedAndAReportWithItsUploadIsFiledOnce() throws Exception {
        Http.Answer empty = reporter.json("POST", "/api/reports", "{\"right\":\"trademark\",\"channel\":\"offline\","
                + "\"location\":\"\",\"description\":\"\",\"attachmentIds\":[]}", "X-CSRF-Token", reporter.csrfToken());
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.header("Content-Type").startsWith("application/problem+json"), empty.header("Content-Type"));
        JsonNode errors = json(empty).path("errors");
        assertEquals("举报商标侵权，请填写商标注册号。", errors.path("rightNumber").asText(), empty.body());
        assertEquals("请填写侵权发生的地点。", errors.path("location").asText());
        assertEquals("请填写具体情况。", errors.path("description").asText());
        assertEquals("请至少上传 1 个证据文件。", errors.path("evidence").asText());

        Http.Answer photo = reporter.upload("/api/attachments", "file", "现场照片.png", "image/png", png(),
                "X-CSRF-Token", reporter.csrfToken());
        assertEquals(201, photo.status(), photo.body());
        long photoId = firstFile(photo).path("id").asLong();
        String body = "{\"right\":\"trademark\",\"rightNumber\":\"1234567\",\"channel\":\"offline\",\"location\":"
                + "\"呼和浩特市新城区某商场 3 楼\",\"description\":\"商场内店铺销售假冒我方注册商标的羊绒衫。\","
                + "\"attachmentIds\":[" + photoId + "]}";
        String idempotency = UUID.randomUUID().toString();
        Http.Answer first = reporter.json("POST", "/api/reports", body, "Idempotency-Key", idempotency,
                "X-CSRF-Token", reporter.csrfToken());
        assertEquals(201, first.status(), first.body());
        secondReport = json(first).path("trackingNumber").asText();
        assertTrue(secondReport.matches("JB-\\d{4}-\\d{6}") && !secondReport.equals(report), secondReport);
        Http.Answer replay = reporter.json("POST", "/api/reports", body, "Idempotency-Key", idempotency,
                "X-CSRF-Token", reporter.csrfToken());
        assertEquals(200, replay.status(), replay.body());
        assertEquals(json(first), json(replay), "the very same receipt");
        assertEquals(2, trackingNumbers(json(reporter.get("/api/requests", "Accept", "application/json"))).size());
    }

    @Test
    @Order(23)
    void anOfficerFindsTheReportInTheQueueChecksItAndRefersItAReasonRequired() throws Exception {
        assertTrue(officer.get("/staff?view=team").body().contains(report), "the team's queue lists " + report);
        Http.Answer casePage = officer.get("/staff/cases/" + report);
        assertEquals(200, casePage.status());
        assertTrue(casePage.body().contains("https://shop.example.cn/item/1")
                && casePage.body().contains("仿冒我方外观设计专利的奶茶杯"), "the case page shows what was reported");

        Http.Answer claimed = officer.json("POST", "/api/cases/" + report + "/claim", null, "X-CSRF-Token",
                officer.csrfToken());
        assertEquals(200, claimed.status(), claimed.body());
        Http.Answer started = CaseClient.move(officer, report, "start-check", null, List.of());
        assertEquals(200, started.status(), started.body());
        assertEquals("checking", json(started).path("status").asText());

        Http.Answer bare = CaseClient.move(officer, report, "reject", null, List.of());
        assertEquals(422, bare.status(), "turning a report down needs the reason: " + bare.body());
        assertFalse(json(bare).path("detail").asText().isBlank(), bare.body());
        assertEquals(403, CaseClient.move(reporter, report, "refer", "自己转办", List.of()).status(),
                "the reporter cannot move the report");

        Http.Answer referred = CaseClient.move(officer, report, "refer", "已转交市市场监督管理局处理。", List.of());
        assertEquals(200, referred.status(), referred.body());
        assertEquals("referred", json(referred).path("status").asText());
    }

    @Test
    @Order(24)
    void theReporterSeesTheReportReferredAndNobodyElseSeesIt() throws Exception {
        String page = reporter.get("/reports/" + report).body();
        assertTrue(page.contains("已转办") && page.contains("已转交市市场监督管理局处理。") && page.contains("开始核查"),
                page);
        String english = reporter.get("/reports/" + report + "?lang=en").body();
        assertTrue(english.contains("Referred") && english.contains("Start the check"), english);
        JsonNode progress = json(reporter.get("/api/reports/" + report, "Accept", "application/json"));
        assertEquals("referred", progress.path("status").asText(), progress.toString());
        assertEquals("已转办", progress.path("statusLabel").asText());
        assertEquals(List.of("opened", "moved", "moved"), StreamSupport.stream(progress.path("timeline")
                .spliterator(), false).map(e -> e.path("kind").asText()).toList(), "no staff-only entries");

        Browser stranger = hall.innovator("another.reporter@example.cn");
        Http.Answer hidden = stranger.get("/reports/" + report);
        assertEquals(404, hidden.status());
        assertTrue(hidden.body().contains("找不到这份举报"), hidden.body());
        assertEquals(404, stranger.get("/api/reports/" + report, "Accept", "application/json").status());
    }

    @Test
    @Order(25)
    void oneReportIsConcludedWithItsOutcomeTheOtherTurnedDownWithTheReasonTheReporterReads() throws Exception {
        Http.Answer concluded = CaseClient.move(officer, report, "conclude", "该网店已下架侵权商品，市场监管部门已立案。",
                List.of());
        assertEquals(200, concluded.status(), concluded.body());
        JsonNode closed = json(reporter.get("/api/reports/" + report, "Accept", "application/json"));
        assertEquals("已办结", closed.path("statusLabel").asText(), closed.toString());
        assertTrue(closed.path("closed").asBoolean() && closed.path("dueOn").isNull(), "no time limit runs: " + closed);

        assertEquals(200, officer.json("POST", "/api/cases/" + secondReport + "/claim", null, "X-CSRF-Token",
                officer.csrfToken()).status());
        Http.Answer turnedDown = CaseClient.move(officer, secondReport, "reject", "商场店铺已停业，无法核实，请补充新的线索后重新举报。",
                List.of());
        assertEquals(200, turnedDown.status(), turnedDown.body());
        String page = reporter.get("/reports/" + secondReport).body();
        assertTrue(page.contains("不予受理") && page.contains("商场店铺已停业，无法核实"), "the reporter reads why: " + page);
        assertFalse(page.contains("本阶段办理期限"), "a report turned down has no time limit left");
        assertEquals(409, CaseClient.move(officer, secondReport, "start-check", null, List.of()).status(),
                "a report turned down stays so");

        String output = hall.process.output.toString();
        assertFalse(output.contains("declares no @Access"), output);
        assertFalse(output.contains("Request failed with error id"), output);
    }

    private static MultipartForm reportForm(String idempotencyKey, String patent, String shop) {
        return new MultipartForm().field("idempotencyKey", idempotencyKey).field("right", "patent")
                .field("rightNumber", patent).field("channel", "online").field("location", shop)
                .field("infringer", "某某奶茶杯旗舰店")
                .field("description", "该网店销售仿冒我方外观设计专利的奶茶杯，截图见附件。");
    }

    // ----------------------------------------------------------------------------------------------------------

    /** A page's multipart form: its idempotency key and its action, which carries the CSRF token in its address. */
    private record PageForm(String key, String action) {

        static PageForm of(Http.Answer page, String path) {
            Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(page.body());
            assertTrue(key.find(), page.body());
            Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"(" + Pattern.quote(path)
                    + "\\?_csrf=[^\"]+)\"").matcher(page.body());
            assertTrue(action.find(), "a form with a file carries its CSRF token in its address: " + page.body());
            return new PageForm(key.group(1), action.group(1));
        }
    }

    private static MultipartForm enquiryForm(String idempotencyKey) {
        return new MultipartForm().field("idempotencyKey", idempotencyKey).field("topic", "商标异议咨询")
                .field("details", "他人注册了与我方近似的商标，如何提出异议？");
    }

    /** Sends {@code form} to the page form's {@code action} as a browser does: the token in the address only. */
    private static Http.Answer sendForm(Browser who, String action, MultipartForm form) {
        return who.post(action, form.bytes(), "Content-Type", form.contentType());
    }

    private static List<String> kinds(JsonNode timeline) {
        return StreamSupport.stream(timeline.spliterator(), false).map(e -> e.path("kind").asText()).toList();
    }

    private static List<String> transitions(JsonNode timeline) {
        return StreamSupport.stream(timeline.spliterator(), false).filter(e -> "moved".equals(e.path("kind")
                .asText())).map(e -> e.path("transition").asText()).toList();
    }

    private static JsonNode move(Browser who, String transition, String comment, List<Long> files) throws Exception {
        Http.Answer answer = moveAnswer(who, transition, comment, files);
        assertEquals(200, answer.status(), transition + ": " + answer.body());
        return json(answer);
    }

    private static Http.Answer moveAnswer(Browser who, String transition, String comment, List<Long> files) {
        return CaseClient.move(who, tracking, transition, comment, files);
    }

    private static void refused(Browser who, String transition, String comment, int status, String why)
            throws Exception {
        Http.Answer answer = moveAnswer(who, transition, comment, List.of());
        assertEquals(status, answer.status(), why + ": " + answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), why);
        assertFalse(json(answer).path("detail").asText().isBlank(), why + ", with a reason: " + answer.body());
    }

    private static String timeline(Browser who) {
        Http.Answer answer = who.get("/api/cases/" + tracking + "/timeline", "Accept", "application/json");
        assertEquals(200, answer.status(), answer.body());
        return answer.body();
    }

    private static JsonNode envelope(Browser who) throws Exception {
        Http.Answer answer = who.get("/api/cases/" + tracking, "Accept", "application/json");
        assertEquals(200, answer.status(), answer.body());
        return json(answer);
    }

    /** The first file of an upload's answer (one file, or a list of them). */
    private static JsonNode firstFile(Http.Answer upload) throws Exception {
        JsonNode files = json(upload);
        return files.isArray() ? files.get(0) : files;
    }

    /** The file numbered {@code id} among {@code files}. */
    private static JsonNode file(JsonNode files, long id) {
        for (JsonNode file : files) {
            if (file.path("id").asLong() == id) {
                return file;
            }
        }
        throw new AssertionError("No file " + id + " in " + files);
    }

    private static JsonNode lastEvent(JsonNode timeline) {
        assertTrue(timeline.isArray() && timeline.size() > 0, timeline.toString());
        return timeline.get(timeline.size() - 1);
    }
}
