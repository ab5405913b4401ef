package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.CaseClient.row;
import static org.onestop.runtime.PreexamDesk.allDocuments;
import static org.onestop.runtime.PreexamDesk.assertNotified;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.claimed;
import static org.onestop.runtime.PreexamDesk.date;
import static org.onestop.runtime.PreexamDesk.designDocuments;
import static org.onestop.runtime.PreexamDesk.designForm;
import static org.onestop.runtime.PreexamDesk.heldFields;
import static org.onestop.runtime.PreexamDesk.moved;
import static org.onestop.runtime.PreexamDesk.myPreexamRequests;
import static org.onestop.runtime.PreexamDesk.myRequests;
import static org.onestop.runtime.PreexamDesk.postJson;
import static org.onestop.runtime.PreexamDesk.postPage;
import static org.onestop.runtime.PreexamDesk.registerEntity;
import static org.onestop.runtime.PreexamDesk.request;
import static org.onestop.runtime.PreexamDesk.requestForm;
import static org.onestop.runtime.PreexamDesk.submit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Patent pre-examination (专利预审) over HTTP inside the real distribution, the whole story: an innovator registers,
 * confirms the email, creates the organisation and registers it with the centre (备案); an examiner approves it.
 * The applicant sends a request with its five PDFs; the examiner claims it, confirms the scope and asks for a
 * correction; the applicant corrects; the examiner qualifies it; the applicant downloads the qualification notice
 * (its text names the pre-examination number and the filing deadline) and records the application number. Along
 * the way the refusals: a main IPC outside the centre's fields, a utility model without drawings, an entity not
 * approved, the quota (three requests in this gateway) used up. In tests of their own: an entity pending or
 * suspended is refused at once, with or without an {@code Idempotency-Key}; a correction not made in time is ended
 * by the deadline watch once the days have passed (on a later calendar, see {@link LaterCalendar}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PreexamPaxIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final int QUOTA = 3;
    private static final String COMPANY = "包头稀土新材料有限公司";
    private static final String OUT_OF_SCOPE = "B01D 53/02";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    private BundleContext context;

    private int port;
    private HallPeople people;

    @Configuration
    public Option[] configuration() {
        Option[] gateway = Gateway.options("preexam");
        GatewayConfigFiles.set(GatewayConfigFiles.folderOf(gateway), "org.onestop.preexam.cfg",
                Map.of("quota.requests", String.valueOf(QUOTA), "quota.period", "year"));
        return Stream.concat(Stream.of(gateway), Stream.of(PdfDocuments.bundles())).toArray(Option[]::new);
    }

    @Before
    public void thePreexaminationModuleAnswers() {
        Http http = Http.ofRunningGateway(context);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Http.Answer settings = Await.until("the pre-examination settings", SOON,
                () -> http.get("/api/preexam/settings", "Accept", "application/json"), a -> a.status() == 200);
        JsonNode read = json(settings);
        assertEquals("the test's quota from config/: " + read, QUOTA, read.path("quota").path("requests").asInt());
        assertTrue(read.toString(), read.path("fields").toString().contains("C12N"));
        people = new HallPeople(port);
    }

    @Test
    public void aRequestIsQualifiedAfterACorrectionAndFiledAndTheRefusalsStoreNothing() {
        Browser examiner = people.staffMember("examiner.han@onestop.test", "韩审查员", "examiner");
        Browser applicant = people.innovator("li.hua@example.cn", "李华", "13904721234");
        Browser outsider = people.innovator("zhao.lei@example.cn", "赵磊", "13804765678");

        registeredWithTheCentre(examiner, applicant);
        refusalsStoreNothing(examiner, applicant, outsider);
        String tracking = requestSentOnce(applicant, outsider);
        correctedAtTheExaminersRequest(examiner, applicant, tracking);
        JsonNode qualified = qualified(examiner, applicant, tracking);
        theNoticeNamesTheNumberAndTheDeadline(examiner, applicant, outsider, qualified);
        theNoticeKeepsTheOrganisationItWasIssuedTo(applicant, qualified);
        theApplicationNumberIsRecorded(applicant, qualified);
        String rejected = theQuotaIsUsedUp(applicant);
        theReasonsAndStatisticsSpeakTheReadersLanguage(examiner, applicant, rejected);
    }

    /**
     * Without an organisation nothing can be registered; with one but no approved registration no request can be
     * sent. The organisation registers (备案) in the service region and the examiner approves it.
     */
    private void registeredWithTheCentre(Browser examiner, Browser applicant) {
        assertRefused(registerEntity(applicant, "150200", "C12N,C22C", "李华", "0472-5123456"), 409, null);
        long organisation = HallPeople.organisation(applicant, COMPANY,
                RegistryNumbers.creditCode("91150203MA0N7KQ4X"), "包头市昆都仑区钢铁大街88号", "李华", "0472-5123456");
        assertEquals("none", entity(applicant).path("standing").asText());
        assertRefused(submit(applicant, requestForm("invention", "一种耐高温纤维素酶突变体", COMPANY, "C12N 9/42", "",
                allDocuments())), 409, null);

        // 备案: a region outside the service region is refused; inside it the registration waits for staff
        JsonNode outside = assertRefused(registerEntity(applicant, "110105", "C12N,C22C", "李华", "0472-5123456"),
                422, "region");
        assertFalse(outside.toString(), outside.path("errors").has("fields"));
        Http.Answer registered = registerEntity(applicant, "150200", "C12N,C22C", "李华", "0472-5123456");
        assertEquals(registered.body(), 201, registered.status());
        String registration = json(registered).path("trackingNumber").asText();
        assertTrue(registration, registration.matches("BA-\\d{4}-\\d{6}"));
        JsonNode pending = entity(applicant);
        assertEquals(pending.toString(), "pending", pending.path("standing").asText());
        assertEquals(registration, pending.path("trackingNumber").asText());
        assertEquals("150200", pending.path("regionCode").asText());
        assertRefused(registerEntity(applicant, "150200", "C12N", "李华", "0472-5123456"), 409, null);
        JsonNode renamed = assertRefused(saveOrganisation(applicant, "包头新名称科技有限公司", "包头市昆都仑区钢铁大街88号"),
                409, null);
        assertTrue("says why, in the reader's language: " + renamed, renamed.path("detail").asText()
                .contains(registration) && renamed.path("detail").asText().contains("不能修改"));
        assertEquals(200, saveOrganisation(applicant, COMPANY, "包头市昆都仑区钢铁大街99号").status());
        // sent as a form without a key: the keyed case has a test of its own
        assertRefused(requestForm("invention", "一种耐高温纤维素酶突变体", COMPANY, "C12N 9/42", "",
                allDocuments()).postAs(applicant, "/api/preexam/requests"), 409, null);
        assertEquals(403, applicant.get("/api/preexam/entities", "Accept", "application/json").status());
        Http.Answer entities = examiner.get("/api/preexam/entities", "Accept", "application/json");
        assertEquals(entities.body(), 200, entities.status());
        assertTrue(entities.body(), entities.body().contains(COMPANY));
        assertEquals("approved", moved(examiner, registration, "approve", null).path("status").asText());
        assertNotified(applicant, registration, registration);
        JsonNode approved = entity(applicant);
        assertEquals(approved.toString(), "approved", approved.path("standing").asText());
        assertEquals(organisation, approved.path("organisationId").asLong());
        assertEquals(approved.toString(), QUOTA, approved.path("quota").path("limit").asInt());
        assertEquals(approved.toString(), 0, approved.path("quota").path("used").asInt());
        assertRefused(saveOrganisation(applicant, COMPANY, RegistryNumbers.creditCode("91150203MA0N7KQ5Y"),
                "包头市昆都仑区钢铁大街99号"), 409, null);
        String page = applicant.get("/account/organisation").body();
        assertTrue("name and code shown read-only with the reason: " + page, page.contains("readonly")
                && page.contains("/info/contact") && page.contains(registration));
    }

    /**
     * Refused, nothing stored: a main IPC outside the centre's fields (the message names it), a utility model
     * without drawings, an innovator without a registered organisation, a staff member.
     */
    private void refusalsStoreNothing(Browser examiner, Browser applicant, Browser outsider) {
        JsonNode scope = assertRefused(submit(applicant, requestForm("invention", "一种烟气吸附装置", COMPANY,
                OUT_OF_SCOPE, "", allDocuments())), 422, "mainIpc");
        assertTrue("names the code: " + scope, scope.path("errors").path("mainIpc").asText().contains(OUT_OF_SCOPE));
        JsonNode drawings = assertRefused(submit(applicant, requestForm("utility-model", "一种稀土合金铸锭模具", COMPANY,
                "C22C 28/00", "", List.of("requestForm", "description", "claims", "abstract"))), 422, "drawings");
        assertFalse(drawings.toString(), drawings.path("errors").has("description"));
        assertEquals(List.of(), myPreexamRequests(applicant));
        assertRefused(submit(outsider, requestForm("invention", "一种耐盐碱苜蓿品种的选育方法", "赤峰草业科技有限公司",
                "A01H 1/02", "", allDocuments())), 409, null);
        assertEquals(403, submit(examiner, requestForm("invention", "一种耐高温纤维素酶突变体", COMPANY, "C12N 9/42", "",
                allDocuments())).status());
    }

    /** The request with its five PDFs, sent once whatever the retries; only its applicant and staff see it. */
    private String requestSentOnce(Browser applicant, Browser outsider) {
        MultipartForm form = requestForm("invention", "一种耐高温纤维素酶突变体及其制备方法", COMPANY, "C12N 9/42",
                "C12N 15/56; C12P 19/14", allDocuments());
        String key = UUID.randomUUID().toString();
        Http.Answer sent = form.postAs(applicant, "/api/preexam/requests", "Idempotency-Key", key);
        Http.Answer retried = form.postAs(applicant, "/api/preexam/requests", "Idempotency-Key", key);
        assertEquals(sent.body(), 201, sent.status());
        assertEquals(retried.body(), 200, retried.status());
        String tracking = json(sent).path("trackingNumber").asText();
        assertTrue(tracking, tracking.matches("YS-\\d{4}-\\d{6}"));
        assertEquals("submitted", json(sent).path("status").asText());
        assertEquals(tracking, json(retried).path("trackingNumber").asText());
        assertEquals("one request, not two", List.of(tracking), myPreexamRequests(applicant));
        JsonNode submitted = request(applicant, tracking);
        assertEquals(submitted.toString(), "submitted", submitted.path("status").asText());
        assertEquals("invention", submitted.path("patentType").asText());
        assertEquals("C12N 9/42", submitted.path("mainIpc").asText());
        assertEquals(2, submitted.path("furtherIpc").size());
        assertEquals(List.of("李华", "王敏"), strings(submitted.path("inventors")));
        assertEquals(List.of(COMPANY), strings(submitted.path("applicants")));
        assertTrue(submitted.toString(), submitted.path("preexamNumber").isNull()
                || submitted.path("preexamNumber").isMissingNode());
        assertEquals(404, outsider.get("/api/preexam/requests/" + tracking, "Accept", "application/json").status());
        assertEquals(1, entity(applicant).path("quota").path("used").asInt());
        return tracking;
    }

    /** The examiner claims it, confirms the scope and asks for a correction; the applicant corrects. */
    private void correctedAtTheExaminersRequest(Browser examiner, Browser applicant, String tracking) {
        assertEquals("韩审查员", claimed(examiner, tracking).path("assignee").asText());
        assertEquals("examination", moved(examiner, tracking, "accept-scope", null).path("status").asText());
        assertNotified(applicant, tracking, "审查中", "Under examination");
        String problems = "说明书第3页缺少实施例2的酶活测定温度，请补充后重新提交说明书。";
        assertEquals("correction", moved(examiner, tracking, "request-correction", problems).path("status")
                .asText());
        assertNotified(applicant, tracking, problems);
        assertNotified(applicant, tracking, "待补正", "Correction requested");
        assertEquals("correction", request(applicant, tracking).path("status").asText());
        assertEquals("correction", row(myRequests(applicant), tracking).path("status").asText());

        String page = applicant.get("/preexam/requests/" + tracking + "/correction").body();
        assertTrue("the correction page lists the examiner's problems: " + page, page.contains(problems));
        assertEquals("one document at least is required, so none is marked optional; only the note is: " + page, 1,
                page.split("（选填）", -1).length - 1);
        assertTrue(page, page.contains("至少上传一份"));

        // a correction needs a document
        assertRefused(new MultipartForm().field("comment", "已补正").postAs(applicant, "/api/preexam/requests/"
                + tracking + "/correction"), 422, "documents");
        Http.Answer corrected = new MultipartForm().field("comment", "已补充实施例2的测定温度（60℃）。")
                .pdf("description", "说明书（补正）.pdf", SampleDocuments.pdf())
                .postAs(applicant, "/api/preexam/requests/" + tracking + "/correction");
        assertTrue(corrected.status() + " " + corrected.body(), corrected.status() == 200 || corrected.status() == 201);
        JsonNode examined = request(applicant, tracking);
        assertEquals(examined.toString(), "examination", examined.path("status").asText());
        assertEquals(1, examined.path("corrections").asInt());
        assertTrue("the examiner hears of the correction",
                !PreexamDesk.notificationsAbout(examiner, tracking).isEmpty());
    }

    /** Qualified: the pre-examination number and the filing deadline. */
    private JsonNode qualified(Browser examiner, Browser applicant, String tracking) {
        assertEquals(403, postJson(applicant, "/api/preexam/requests/" + tracking + "/rejection",
                Map.of("reasons", List.of("out-of-scope"), "text", "x")).status());
        assertEquals("qualified", moved(examiner, tracking, "qualify", null).path("status").asText());
        assertNotified(applicant, tracking, "预审合格", "Qualified");
        JsonNode qualified = request(applicant, tracking);
        assertEquals(qualified.toString(), "qualified", qualified.path("status").asText());
        assertEquals("qualified", qualified.path("decision").asText());
        String number = qualified.path("preexamNumber").asText();
        assertFalse(qualified.toString(), number.isBlank() || "null".equals(number));
        LocalDate qualifiedOn = date(qualified.path("qualifiedOn"));
        LocalDate deadline = date(qualified.path("filingDeadline"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue("qualified today: " + qualifiedOn, !qualifiedOn.isAfter(today)
                && !qualifiedOn.isBefore(today.minusDays(1)));
        assertFalse("ten calendar days at least: " + deadline, deadline.isBefore(qualifiedOn.plusDays(10)));
        assertTrue("then the next working day at most: " + deadline, deadline.isBefore(qualifiedOn.plusDays(25)));
        return qualified;
    }

    /** The qualification notice, as the applicant downloads it, names the number and the deadline. */
    private void theNoticeNamesTheNumberAndTheDeadline(Browser examiner, Browser applicant, Browser outsider,
            JsonNode qualified) {
        String tracking = qualified.path("trackingNumber").asText();
        String number = qualified.path("preexamNumber").asText();
        LocalDate deadline = date(qualified.path("filingDeadline"));
        PdfDocuments.Download notice = PdfDocuments.download(applicant, port, "/preexam/requests/" + tracking
                + "/notice.pdf");
        assertEquals("the notice: " + notice.contentType(), 200, notice.status());
        assertTrue(notice.contentType(), notice.contentType().startsWith("application/pdf"));
        assertTrue("a PDF", notice.isPdf());
        String text = PdfDocuments.compact(PdfDocuments.text(notice.bytes()));
        assertTrue("the notice names the pre-examination number " + number + ": " + text, text.contains(number));
        assertTrue("the notice names the deadline " + CHINESE_DATE.format(deadline) + ": " + text,
                text.contains(CHINESE_DATE.format(deadline)));
        assertTrue("the notice names the invention: " + text, text.contains(PdfDocuments.compact(qualified
                .path("title").asText())));
        assertEquals(404, PdfDocuments.download(outsider, port, "/preexam/requests/" + tracking + "/notice.pdf")
                .status());
        assertEquals(200, PdfDocuments.download(examiner, port, "/preexam/requests/" + tracking + "/notice.pdf")
                .status());
    }

    /**
     * The notice names the organisation the request was filed for, as it was then: an organisation renamed later
     * (a change the hall would refuse while the registration stands, made here behind its back) leaves the notice
     * as it was. On the applicant's case page the filing deadline counts calendar days.
     */
    private void theNoticeKeepsTheOrganisationItWasIssuedTo(Browser applicant, JsonNode qualified) {
        String tracking = qualified.path("trackingNumber").asText();
        String renamed = "内蒙古改名科技有限公司";
        long organisation = json(applicant.json("GET", "/api/account/me", null)).path("organisationId").asLong();
        renameBehindTheHallsBack(organisation, renamed);
        assertEquals(renamed, json(applicant.get("/api/account/organisation", "Accept", "application/json"))
                .path("name").asText());
        String text = PdfDocuments.compact(PdfDocuments.text(PdfDocuments.download(applicant, port,
                "/preexam/requests/" + tracking + "/notice.pdf").bytes()));
        assertTrue("the organisation it was filed for: " + text, text.contains(COMPANY + "："));
        assertFalse(text, text.contains(renamed));
        renameBehindTheHallsBack(organisation, COMPANY);

        String page = applicant.get("/requests/" + tracking).body();
        assertTrue("the filing deadline in calendar days: " + page, page.matches("(?s).*剩余 \\d+ 天（按自然日计）.*"));
    }

    private void renameBehindTheHallsBack(long organisation, String name) {
        try {
            javax.sql.DataSource platform = context.getService(context.getServiceReferences(
                    javax.sql.DataSource.class, "(onestop.schema=PLATFORM)").iterator().next());
            try (java.sql.Connection c = platform.getConnection(); java.sql.PreparedStatement update = c
                    .prepareStatement("UPDATE PLATFORM.ORGANISATION SET NAME = ? WHERE ID = ?")) {
                update.setString(1, name);
                update.setLong(2, organisation);
                assertEquals(1, update.executeUpdate());
            }
        } catch (Exception e) {
            throw new AssertionError("the organisation cannot be renamed in the database", e);
        }
    }

    /** The application number, refused with a wrong check digit, then recorded: the request is filed. */
    private void theApplicationNumberIsRecorded(Browser applicant, JsonNode qualified) {
        String tracking = qualified.path("trackingNumber").asText();
        String number = qualified.path("preexamNumber").asText();
        LocalDate qualifiedOn = date(qualified.path("qualifiedOn"));
        String applicationNumber = RegistryNumbers.applicationNumber(qualifiedOn.getYear(), 1, 1234567);
        String wrong = RegistryNumbers.withWrongCheck(applicationNumber);
        assertNotEquals(applicationNumber, wrong);
        assertRefused(postJson(applicant, "/api/preexam/requests/" + tracking + "/filing", Map.of(
                "applicationNumber", wrong)), 422, "applicationNumber");
        assertEquals("qualified", request(applicant, tracking).path("status").asText());
        Http.Answer filed = postJson(applicant, "/api/preexam/requests/" + tracking + "/filing", Map.of(
                "applicationNumber", applicationNumber));
        assertEquals(filed.body(), 200, filed.status());
        JsonNode done = request(applicant, tracking);
        assertEquals(done.toString(), "filed", done.path("status").asText());
        assertEquals(applicationNumber, done.path("applicationNumber").asText());
        assertFalse(done.toString(), date(done.path("filedOn")).isBefore(qualifiedOn));
        assertEquals(number, done.path("preexamNumber").asText());
        assertEquals("filed", row(myRequests(applicant), tracking).path("status").asText());
    }

    /** Three requests this year: the fourth is refused and stores nothing. Answers the last one filed. */
    private String theQuotaIsUsedUp(Browser applicant) {
        String last = null;
        for (String title : List.of("一种重组枯草芽孢杆菌及其应用", "一种高强度稀土镁合金")) {
            Http.Answer another = submit(applicant, requestForm("invention", title, COMPANY,
                    title.contains("合金") ? "C22C 23/06" : "C12N 1/21", "", allDocuments()));
            assertEquals(another.body(), 201, another.status());
            last = json(another).path("trackingNumber").asText();
        }
        assertEquals(QUOTA, entity(applicant).path("quota").path("used").asInt());
        assertRefused(submit(applicant, requestForm("invention", "一种纤维素酶制剂", COMPANY, "C12N 9/42", "",
                allDocuments())), 409, null);
        assertEquals(QUOTA, myPreexamRequests(applicant).size());
        assertEquals(QUOTA, entity(applicant).path("quota").path("used").asInt());
        return last;
    }

    /**
     * A rejection's reasons read in the reader's language only, never both at once; the supervisors' statistics
     * name the statuses in the reader's words, without their codes.
     */
    private void theReasonsAndStatisticsSpeakTheReadersLanguage(Browser examiner, Browser applicant,
            String tracking) {
        claimed(examiner, tracking);
        Http.Answer rejected = postJson(examiner, "/api/preexam/requests/" + tracking + "/rejection",
                Map.of("reasons", List.of("out-of-scope"), "text", "主要技术方案属于冶金领域。"));
        assertEquals(rejected.body(), 200, rejected.status());
        String chinese = applicant.get("/requests/" + tracking + "?lang=zh-CN").body();
        assertTrue(chinese, chinese.contains("不属于本中心预审服务领域") && chinese.contains("主要技术方案属于冶金领域。"));
        assertFalse("no English on a Chinese page: " + chinese, chinese.contains("Outside the centre"));
        String english = applicant.get("/requests/" + tracking + "?lang=en").body();
        assertTrue(english, english.contains("Outside the centre"));
        assertFalse("no Chinese reason on an English page", english.contains("不属于本中心预审服务领域"));

        Browser supervisor = people.staffMember("supervisor.wu@onestop.test", "吴主任", "supervisor");
        String statistics = supervisor.get("/preexam/statistics?lang=zh-CN").body();
        assertTrue(statistics, statistics.contains("待范围审查") && statistics.contains("预审不合格"));
        for (String code : List.of("submitted", "examination", "qualified", "rejected", "withdrawn")) {
            assertFalse("no status code " + code + " on the page", statistics.matches("(?s).*>\\s*" + code
                    + "\\s*<.*"));
        }
        String inEnglish = supervisor.get("/preexam/statistics?lang=en").body();
        assertTrue(inEnglish, inEnglish.contains("Waiting for the scope check"));
        assertFalse(inEnglish, inEnglish.contains("待范围审查"));
    }

    @Test
    public void aCorrectionNotMadeInTimeEndsTheRequest() throws Exception {
        Browser examiner = people.staffMember("examiner.qin@onestop.test", "秦审查员", "examiner");
        Browser applicant = people.innovator("sun.yu@example.cn", "孙宇", "13947712345");
        String company = "鄂尔多斯新材料科技有限公司";
        HallPeople.organisation(applicant, company, RegistryNumbers.creditCode("91150602MA0LW2C5K"),
                "鄂尔多斯市东胜区天骄路6号", "孙宇", "0477-8123456");
        Http.Answer registered = registerEntity(applicant, "150600", "C22C", "孙宇", "0477-8123456");
        assertEquals(registered.body(), 201, registered.status());
        moved(examiner, json(registered).path("trackingNumber").asText(), "approve", null);
        Http.Answer sent = submit(applicant, requestForm("utility-model", "一种稀土合金铸锭模具", company, "C22C 28/00",
                "", allDocuments()));
        assertEquals(sent.body(), 201, sent.status());
        String tracking = json(sent).path("trackingNumber").asText();
        claimed(examiner, tracking);
        moved(examiner, tracking, "accept-scope", null);
        moved(examiner, tracking, "request-correction", "权利要求1与附图2不一致，请补正权利要求书。");
        assertEquals("correction", request(applicant, tracking).path("status").asText());

        try (LaterCalendar later = LaterCalendar.forTheDeadlineWatch(context, 40)) {
            Await.until("the deadline watch to end the request", SOON, () -> request(applicant, tracking)
                    .path("status").asText(), "correction-expired"::equals);
        }
        assertNotified(applicant, tracking, "逾期未补正", "Not corrected in time", "Ended: not corrected in time");
        assertEquals("correction-expired", row(myRequests(applicant), tracking).path("status").asText());
        Http.Answer late = new MultipartForm().pdf("claims", "权利要求书（补正）.pdf", SampleDocuments.pdf())
                .postAs(applicant, "/api/preexam/requests/" + tracking + "/correction");
        assertRefused(late, 409, null);
        JsonNode ended = request(examiner, tracking);
        assertEquals("correction-expired", ended.path("status").asText());
        assertEquals("one correction was asked for", 1, ended.path("corrections").asInt());
        assertTrue(ended.toString(), ended.path("preexamNumber").isNull() || ended.path("preexamNumber")
                .isMissingNode());
    }

    @Test
    public void anEntityNotApprovedIsRefusedAtOnceWhetherOrNotTheClientSendsAnIdempotencyKey() {
        Browser examiner = people.staffMember("examiner.lu@onestop.test", "陆审查员", "examiner");
        Browser applicant = people.innovator("qian.fang@example.cn", "钱芳", "13614711234");
        String company = "呼和浩特草原种业有限公司";
        long organisation = HallPeople.organisation(applicant, company,
                RegistryNumbers.creditCode("91150105MA0R3T6U8"), "呼和浩特市赛罕区昭乌达路12号", "钱芳", "0471-6123456");
        Http.Answer registered = registerEntity(applicant, "150100", "A01H", "钱芳", "0471-6123456");
        assertEquals(registered.body(), 201, registered.status());
        MultipartForm form = requestForm("invention", "一种耐旱燕麦品种的选育方法", company, "A01H 1/04", "",
                allDocuments());

        assertRefused(form.postAs(applicant, "/api/preexam/requests"), 409, null);
        assertRefused(retriable(applicant, form), 409, null);

        moved(examiner, json(registered).path("trackingNumber").asText(), "approve", null);
        String reason = "营业执照已过期，请更新后申请恢复。";
        assertEquals(403, postJson(applicant, "/api/preexam/entities/" + organisation + "/suspension",
                Map.of("reason", reason)).status());
        Http.Answer suspended = postJson(examiner, "/api/preexam/entities/" + organisation + "/suspension",
                Map.of("reason", reason));
        assertEquals(suspended.body(), 200, suspended.status());
        JsonNode standing = entity(applicant);
        assertEquals(standing.toString(), "suspended", standing.path("standing").asText());
        assertEquals(reason, standing.path("reason").asText());
        assertRefused(form.postAs(applicant, "/api/preexam/requests"), 409, null);
        assertRefused(retriable(applicant, form), 409, null);
        assertEquals(List.of(), myPreexamRequests(applicant));

        Http.Answer lifted = examiner.json("DELETE", "/api/preexam/entities/" + organisation + "/suspension", null,
                "X-CSRF-Token", examiner.csrfToken());
        assertEquals(lifted.body(), 200, lifted.status());
        assertEquals("approved", entity(applicant).path("standing").asText());
        Http.Answer sent = submit(applicant, form);
        assertEquals(sent.body(), 201, sent.status());
        assertEquals(List.of(json(sent).path("trackingNumber").asText()), myPreexamRequests(applicant));
    }

    @Test
    public void aDesignIsJudgedByItsLocarnoClassAndNeverAskedForClaims() {
        Browser examiner = people.staffMember("examiner.bai@onestop.test", "白审查员", "examiner");
        Browser applicant = people.innovator("gao.yan@example.cn", "高燕", "13847112345");
        String company = "包头稀土永磁电机有限公司";
        HallPeople.organisation(applicant, company, RegistryNumbers.creditCode("91150207MA0P4DK3Q"),
                "包头市稀土高新区黄河大街16号", "高燕", "0472-2123456");
        Http.Answer registered = registerEntity(applicant, "150200", "C22C", "高燕", "0472-2123456");
        assertEquals(registered.body(), 201, registered.status());
        moved(examiner, json(registered).path("trackingNumber").asText(), "approve", null);

        // a packaging box is judged by its Locarno class (09-03), not by an IPC symbol in the centre's fields
        JsonNode box = assertRefused(submit(applicant, designForm("包装盒", company, "09-03", designDocuments(),
                true)), 422, "locarno");
        assertTrue("names the class: " + box, box.path("errors").path("locarno").asText().contains("09-03"));
        assertFalse("no claims or IPC asked of a design: " + box, box.path("errors").has("mainIpc")
                || box.path("errors").has("claims") || box.path("errors").has("notPct"));
        JsonNode bare = assertRefused(submit(applicant, designForm("电机外壳", company, "13-01", List.of(), false)),
                422, "views");
        assertEquals("every document a design needs is named, and only those: " + bare, List.of("briefDescription",
                "requestForm", "views"), fieldNames(bare.path("errors")));

        // the page form: a missing product name keeps the files, which are then sent again as held ones
        Http.Answer refused = postPage(applicant, "/preexam/requests", designForm("", company, "13-01",
                designDocuments(), false));
        assertEquals(422, refused.status());
        List<String[]> held = heldFields(refused.body());
        assertEquals("request form, two views, brief description, each with its name: " + refused.body(), 8,
                held.size());
        assertTrue(refused.body(), refused.body().contains("主视图.png") && !refused.body().contains(" required"
                + " aria-describedby=\"h-views"));
        MultipartForm again = new MultipartForm().field("patentType", "design").field("title", "稀土永磁电机外壳")
                .field("applicants", company).field("inventors", "高燕").field("locarno", "13-01")
                .field("idempotencyKey", UUID.randomUUID().toString());
        held.forEach(h -> again.field(h[0], h[1]));
        Http.Answer filed = postPage(applicant, "/preexam/requests", again);
        assertEquals(filed.body(), 303, filed.status());
        String tracking = Browser.location(filed).replaceAll(".*filed=", "");
        JsonNode design = request(applicant, tracking);
        assertEquals(design.toString(), "13-01", design.path("locarno").asText());
        assertTrue(design.toString(), design.path("mainIpc").isNull());
        assertEquals(design.toString(), company, design.path("organisationName").asText());
        JsonNode files = json(applicant.get("/api/cases/" + tracking + "/attachments", "Accept", "application/json"));
        assertEquals(files.toString(), 4, files.size());

        // qualified: the notice names the product and its Locarno class
        claimed(examiner, tracking);
        moved(examiner, tracking, "accept-scope", null);
        moved(examiner, tracking, "qualify", null);
        String notice = PdfDocuments.compact(PdfDocuments.text(PdfDocuments.download(applicant, port,
                "/preexam/requests/" + tracking + "/notice.pdf").bytes()));
        assertTrue(notice, notice.contains("使用外观设计的产品名称：稀土永磁电机外壳") && notice.contains("洛迦诺分类号：13-01"));
        assertFalse(notice, notice.contains("主分类号"));

        // withdrawing another asks once, and the server checks the confirmation
        Http.Answer second = submit(applicant, designForm("LED灯具", company, "26-04", designDocuments(), false));
        assertEquals(second.body(), 201, second.status());
        String other = json(second).path("trackingNumber").asText();
        Http.Answer unconfirmed = applicant.submit("/preexam/requests/" + other + "/withdrawal",
                "/preexam/requests/" + other + "/withdrawal", Map.of("comment", "改为申请发明专利"));
        assertEquals(422, unconfirmed.status());
        assertEquals("submitted", request(applicant, other).path("status").asText());
        Http.Answer withdrawn = applicant.submit("/preexam/requests/" + other + "/withdrawal",
                "/preexam/requests/" + other + "/withdrawal", Map.of("comment", "改为申请发明专利", "confirm", "yes"));
        assertEquals(withdrawn.body(), 303, withdrawn.status());
        assertEquals("withdrawn", request(applicant, other).path("status").asText());
    }

    @Test
    public void anOrganisationIsRenamedWhenNeverRegisteredOrAfterARejectionAndTheExaminerConfirmsTheRejection() {
        Browser examiner = people.staffMember("examiner.ma@onestop.test", "马审查员", "examiner");
        Browser applicant = people.innovator("zhou.ning@example.cn", "周宁", "13514712345");
        String code = RegistryNumbers.creditCode("91150402MA0Q8RM5T");
        HallPeople.organisation(applicant, "赤峰草业有限公司", code, "赤峰市红山区1号", "周宁", "0476-8123456");
        assertEquals(200, saveOrganisation(applicant, "赤峰草业科技有限公司", code, "赤峰市红山区1号").status());

        Http.Answer registered = registerEntity(applicant, "150400", "A01H", "周宁", "0476-8123456");
        assertEquals(registered.body(), 201, registered.status());
        String registration = json(registered).path("trackingNumber").asText();
        assertRefused(saveOrganisation(applicant, "赤峰新草业有限公司", code, "赤峰市红山区1号"), 409, null);

        String rejection = "/preexam/registrations/" + registration + "/rejection";
        Http.Answer unconfirmed = examiner.submit(rejection, rejection, Map.of("comment", "营业执照不清晰"));
        assertEquals(422, unconfirmed.status());
        assertEquals("the confirmation's message shows once", 1, unconfirmed.body().split("请勾选确认后再驳回", -1).length
                - 1);
        assertEquals("pending", entity(applicant).path("standing").asText());
        Http.Answer noReason = examiner.submit(rejection, rejection, Map.of("confirm", "yes"));
        assertEquals(422, noReason.status());
        Http.Answer rejected = examiner.submit(rejection, rejection, Map.of("comment", "营业执照不清晰",
                "confirm", "yes"));
        assertEquals(rejected.body(), 303, rejected.status());
        assertEquals("rejected", entity(applicant).path("standing").asText());
        assertEquals(200, saveOrganisation(applicant, "赤峰新草业有限公司", code, "赤峰市红山区1号").status());
    }

    private static List<String> fieldNames(JsonNode errors) {
        List<String> names = new java.util.ArrayList<>();
        errors.fieldNames().forEachRemaining(names::add);
        java.util.Collections.sort(names);
        return names;
    }

    /** The request sent as a client that may retry sends it: with an idempotency key, waiting patiently. */
    private Http.Answer retriable(Browser applicant, MultipartForm form) {
        return form.postPatiently(applicant, port, "/api/preexam/requests", Duration.ofSeconds(90),
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** Saves the innovator's organisation with the story's code and a new name or address. */
    private static Http.Answer saveOrganisation(Browser innovator, String name, String address) {
        return saveOrganisation(innovator, name, RegistryNumbers.creditCode("91150203MA0N7KQ4X"), address);
    }

    private static Http.Answer saveOrganisation(Browser innovator, String name, String code, String address) {
        return innovator.json("PUT", "/api/account/organisation", CaseClient.text(Map.of("name", name,
                "creditCode", code, "address", address, "contactPerson", "李华", "contactPhone", "0472-5123456")),
                "X-CSRF-Token", innovator.csrfToken());
    }

    private static JsonNode entity(Browser innovator) {
        Http.Answer answer = innovator.get("/api/preexam/entity", "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return json(answer);
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
