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
import static org.onestop.runtime.PreexamDesk.moved;
import static org.onestop.runtime.PreexamDesk.myPreexamRequests;
import static org.onestop.runtime.PreexamDesk.myRequests;
import static org.onestop.runtime.PreexamDesk.postJson;
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
        theApplicationNumberIsRecorded(applicant, qualified);
        theQuotaIsUsedUp(applicant);
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

    /** Three requests this year: the fourth is refused and stores nothing. */
    private void theQuotaIsUsedUp(Browser applicant) {
        for (String title : List.of("一种重组枯草芽孢杆菌及其应用", "一种高强度稀土镁合金")) {
            Http.Answer another = submit(applicant, requestForm("invention", title, COMPANY,
                    title.contains("合金") ? "C22C 23/06" : "C12N 1/21", "", allDocuments()));
            assertEquals(another.body(), 201, another.status());
        }
        assertEquals(QUOTA, entity(applicant).path("quota").path("used").asInt());
        assertRefused(submit(applicant, requestForm("invention", "一种纤维素酶制剂", COMPANY, "C12N 9/42", "",
                allDocuments())), 409, null);
        assertEquals(QUOTA, myPreexamRequests(applicant).size());
        assertEquals(QUOTA, entity(applicant).path("quota").path("used").asInt());
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

    /** The request sent as a client that may retry sends it: with an idempotency key, waiting patiently. */
    private Http.Answer retriable(Browser applicant, MultipartForm form) {
        return form.postPatiently(applicant, port, "/api/preexam/requests", Duration.ofSeconds(90),
                "Idempotency-Key", UUID.randomUUID().toString());
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
