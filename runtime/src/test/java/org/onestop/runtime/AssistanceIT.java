package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertNotified;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.claimed;
import static org.onestop.runtime.PreexamDesk.moved;
import static org.onestop.runtime.PreexamDesk.myRequests;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
 * Rights-protection assistance (维权援助) over HTTP inside the real distribution: an innovator saves a draft with a
 * first piece of evidence, comes back and submits it with a second (twice, with one {@code Idempotency-Key}: one
 * case); an assistance officer asks for supplements, the applicant sends them, the officer accepts. Along the way
 * the refusals: no evidence, a patent number with a wrong check digit, another applicant's case (404), an innovator
 * taking an officer's step (403). Then handling begins: experts are added to the pool, one who declared a conflict
 * is refused (409), one who did not is assigned, and the applicant's timeline names the expert without the
 * declaration; innovators get 403 from the pool and the assignment. In a test of its own, handling: the officer
 * records actions (a consultation, an opinion read back as PDF, a hand-over to an enforcement body and its answer, a
 * mediation, feedback), marks the case complex (the handling limit grows from 90 to 120 days, once), and closes it
 * with an outcome and a summary; the applicant sees each public part and never an internal note, an innovator
 * gets 403 from the staff's steps and another applicant 404. In tests of their own: a refusal with reasons, for an organisation's application;
 * supplements not sent in time close the application by themselves (on a later calendar, see
 * {@link LaterCalendar}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AssistanceIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    /** A real patent number (its check digit is 3). */
    static final String PATENT = "ZL201710601862.3";
    private static final String CANONICAL = "201710601862.3";

    @Inject
    private BundleContext context;

    private HallPeople people;

    @Configuration
    public Option[] configuration() {
        return Stream.concat(Stream.of(Gateway.options("assistance")), Stream.of(PdfDocuments.bundles()))
                .toArray(Option[]::new);
    }

    @Before
    public void theAssistanceModuleAnswers() {
        Http http = Http.ofRunningGateway(context);
        Http.Answer choices = Await.until("the assistance module", SOON,
                () -> http.get("/api/assistance/choices", "Accept", "application/json"), a -> a.status() == 200);
        assertTrue(choices.body(), choices.body().contains("trade-secret"));
        people = new HallPeople(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
    }

    @Test
    public void anApplicationIsDraftedSubmittedSupplementedAndAccepted() {
        Browser officer = people.staffMember("officer.wang@onestop.test", "王援助专员", "assistance_officer");
        Browser applicant = people.innovator("zhang.min@example.cn", "张敏", "13947212345");
        Browser outsider = people.innovator("liu.yang@example.cn", "刘洋", "13947254321");

        // a draft with a first piece of evidence, read back; nobody else's
        Http.Answer saved = new MultipartForm().field("businessType", "assistance").field("rightType", "patent")
                .field("rightNumber", PATENT).field("otherParty", "包头某电器有限公司")
                .pdf("evidence", "公证书.pdf", SampleDocuments.pdf()).postAs(applicant, "/api/assistance/drafts");
        assertEquals(saved.body(), 201, saved.status());
        long draft = json(saved).path("id").asLong();
        JsonNode read = json(applicant.get("/api/assistance/drafts/" + draft, "Accept", "application/json"));
        assertEquals(read.toString(), "包头某电器有限公司", read.path("application").path("otherParty").asText());
        assertEquals(1, read.path("evidenceFiles").asInt());
        assertEquals(404, outsider.get("/api/assistance/drafts/" + draft, "Accept", "application/json").status());

        // refused, nothing stored: no evidence at all; a wrong check digit
        JsonNode noEvidence = assertRefused(application(applicant, PATENT, false).postAs(applicant,
                "/api/assistance/applications", "Idempotency-Key", UUID.randomUUID().toString()), 422, "evidence");
        assertFalse(noEvidence.toString(), noEvidence.path("errors").has("rightNumber"));
        JsonNode wrongDigit = assertRefused(application(applicant, "ZL201710601862.4", true).field("draftId",
                String.valueOf(draft)).postAs(applicant, "/api/assistance/applications"), 422, "rightNumber");
        assertTrue(wrongDigit.toString(), wrongDigit.path("errors").path("rightNumber").asText().contains("校验位")
                || wrongDigit.path("errors").path("rightNumber").asText().contains("check digit"));
        assertEquals(List.of(), myApplications(applicant));
        assertEquals(200, applicant.get("/api/assistance/drafts/" + draft, "Accept", "application/json").status());

        // submitted from the draft with a second file, once whatever the retries
        MultipartForm form = application(applicant, PATENT, true).field("draftId", String.valueOf(draft));
        String key = UUID.randomUUID().toString();
        Http.Answer sent = form.postAs(applicant, "/api/assistance/applications", "Idempotency-Key", key);
        Http.Answer again = form.postAs(applicant, "/api/assistance/applications", "Idempotency-Key", key);
        assertEquals(sent.body(), 201, sent.status());
        assertEquals(again.body(), 200, again.status());
        String tracking = json(sent).path("trackingNumber").asText();
        assertTrue(tracking, tracking.matches("WQ-\\d{4}-\\d{6}"));
        assertEquals(tracking, json(again).path("trackingNumber").asText());
        assertEquals("one application, not two", List.of(tracking), myApplications(applicant));
        assertEquals("the draft became the case", 404, applicant.get("/api/assistance/drafts/" + draft, "Accept",
                "application/json").status());
        JsonNode submitted = application(applicant, tracking);
        assertEquals(submitted.toString(), "submitted", submitted.path("status").asText());
        assertEquals(CANONICAL, submitted.path("application").path("rightNumber").asText());
        assertEquals(List.of("consultation", "infringement-opinion"), strings(submitted.path("application")
                .path("assistance")));
        assertTrue(submitted.toString(), submitted.path("organisationName").isNull());
        JsonNode files = json(applicant.get("/api/cases/" + tracking + "/attachments", "Accept",
                "application/json"));
        assertEquals("the draft's evidence and the one sent now: " + files, 2, files.size());
        String receipt = applicant.get("/assistance?submitted=" + tracking).body();
        assertTrue("the receipt names the case: " + receipt, receipt.contains("受理编号：" + tracking));
        String blank = applicant.get("/assistance/apply").body();
        assertTrue("the form, in Chinese: " + blank, blank.contains("维权援助申请") && blank.contains("展会期间快速法律状态查询")
                && blank.contains("保存草稿"));

        // another innovator sees nothing; an innovator cannot take the officer's steps
        assertEquals(404, outsider.get("/api/assistance/applications/" + tracking, "Accept", "application/json")
                .status());
        assertEquals(404, outsider.get("/api/cases/" + tracking, "Accept", "application/json").status());
        assertEquals(403, postJson(applicant, "/api/assistance/applications/" + tracking + "/refusal",
                Map.of("reasons", List.of("duplicate"), "text", "")).status());
        assertEquals(403, applicant.get("/assistance/applications/" + tracking + "/refusal").status());
        // the platform's generic move refuses a step that is not the applicant's to take
        assertEquals(403, CaseClient.move(applicant, tracking, "accept", null, List.of()).status());
        assertEquals("submitted", application(applicant, tracking).path("status").asText());

        // supplements asked for and sent with a file; then accepted
        claimed(officer, tracking);
        String asked = "请补充被控侵权产品的购买凭证及实物照片。";
        assertEquals("supplement", moved(officer, tracking, "ask-supplement", asked).path("status").asText());
        assertNotified(applicant, tracking, asked);
        assertEquals("supplement", application(applicant, tracking).path("status").asText());
        Http.Answer held = applicant.upload("/api/attachments", "file", "购买凭证.png", "image/png",
                SampleDocuments.png(), "X-CSRF-Token", applicant.csrfToken());
        assertEquals(held.body(), 201, held.status());
        JsonNode stored = json(held);
        long receiptFile = (stored.isArray() ? stored.path(0) : stored.path("files").path(0)).path("id").asLong();
        Http.Answer answered = CaseClient.move(applicant, tracking, "send-supplement", "购买凭证及照片见附件。",
                List.of(receiptFile));
        assertEquals(answered.body(), 200, answered.status());
        assertEquals("submitted", json(answered).path("status").asText());
        assertEquals("accepted", moved(officer, tracking, "accept", null).path("status").asText());
        assertNotified(applicant, tracking, "已受理", "Accepted");
        JsonNode accepted = application(applicant, tracking);
        assertEquals(accepted.toString(), "accepted", accepted.path("status").asText());
        assertEquals(1, accepted.path("supplementsAsked").asInt());
        LocalDate decided = PreexamDesk.date(accepted.path("decidedOn"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue("decided today: " + decided, !decided.isAfter(today) && !decided.isBefore(today.minusDays(1)));
        assertEquals(3, json(applicant.get("/api/cases/" + tracking + "/attachments", "Accept",
                "application/json")).size());

        // handling begins: experts from the pool, a declared conflict refused, then an unconflicted expert
        assertEquals("handling", moved(officer, tracking, "take", null).path("status").asText());
        assertRefused(postJson(officer, "/api/assistance/experts", Map.of("name", "", "organisation", "内蒙古大学",
                "fields", List.of("Z99X"), "contact", "0471-4992000", "active", true)), 422, "fields");
        long conflicted = json(postJson(officer, "/api/assistance/experts", Map.of("name", "李振华", "organisation",
                "包头某电器有限公司", "fields", List.of("patent", "H02K"), "contact", "0472-5123456", "active", true)))
                        .path("id").asLong();
        Http.Answer added = postJson(officer, "/api/assistance/experts", Map.of("name", "王立群", "organisation",
                "内蒙古科技大学", "fields", List.of("patent", "h02k 1/27"), "contact", "wang.liqun@example.cn",
                "active", true));
        assertEquals(added.body(), 201, added.status());
        long unconflicted = json(added).path("id").asLong();
        assertEquals(List.of("patent", "H02K 1/27"), strings(json(added).path("fields")));
        String conflict = "曾任被申请人技术顾问";
        JsonNode blocked = assertRefused(postJson(officer, "/api/assistance/applications/" + tracking + "/experts",
                Map.of("expertId", conflicted, "conflict", "declared", "conflictText", conflict)), 409, null);
        assertTrue(blocked.toString(), blocked.toString().contains("利益冲突") || blocked.toString().contains(
                "conflict of interest"));
        assertRefused(CaseClient.move(officer, tracking, "assign-expert", "李振华", List.of()), 409, null);
        Http.Answer assigned = postJson(officer, "/api/assistance/applications/" + tracking + "/experts",
                Map.of("expertId", unconflicted, "conflict", "none"));
        assertEquals(assigned.body(), 200, assigned.status());
        assertEquals(1, json(assigned).size());
        assertEquals("王立群", json(assigned).path(0).path("expert").path("name").asText());
        String timeline = applicant.get("/api/cases/" + tracking + "/timeline", "Accept", "application/json")
                .body();
        assertTrue("the applicant sees the assignment: " + timeline, timeline.contains("assign-expert")
                && timeline.contains("王立群"));
        assertFalse("but no declaration: " + timeline, timeline.contains(conflict) || timeline.contains("李振华"));
        assertTrue(officer.get("/assistance/experts").body().contains("内蒙古科技大学"));
        String desk = officer.get("/assistance").body();
        assertTrue("the officer finds the pool and the queue from the service's page: " + desk,
                desk.contains("href=\"/assistance/experts\">专家库</a>")
                        && desk.contains("href=\"/staff?view=team&amp;module=assistance\">待办理的申请</a>"));
        assertFalse(applicant.get("/assistance").body().contains("href=\"/assistance/experts\""));

        // only a supervisor overrides a declared conflict, with a reason the applicant does not see either
        String reason = "该技术领域仅此一位专家，已告知双方";
        Map<String, Object> override = Map.of("expertId", conflicted, "conflict", "declared", "conflictText",
                conflict, "overrideReason", reason);
        assertRefused(postJson(officer, "/api/assistance/applications/" + tracking + "/experts", override), 403,
                null);
        Browser supervisor = people.staffMember("supervisor.qian@onestop.test", "钱主管", "supervisor");
        Http.Answer overridden = postJson(supervisor, "/api/assistance/applications/" + tracking + "/experts",
                override);
        assertEquals(overridden.body(), 200, overridden.status());
        assertEquals(reason, json(overridden).path(1).path("declaration").path("overrideReason").asText());
        String after = applicant.get("/api/cases/" + tracking + "/timeline", "Accept", "application/json").body();
        assertTrue(after, after.contains("李振华"));
        assertFalse("no declaration, no override: " + after, after.contains(conflict) || after.contains(reason));
        String trail = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")))
                .get("/api/ops/audit?action=assistance.expert.&size=20", "Accept", "application/json").body();
        assertTrue("both assignments audited, the override with its reason: " + trail,
                trail.contains("expert:" + unconflicted + " no conflict declared") && trail.contains(reason));

        // the pool and the assignments are staff's
        assertEquals(403, applicant.get("/api/assistance/experts", "Accept", "application/json").status());
        assertEquals(403, postJson(applicant, "/api/assistance/experts", Map.of("name", "某人")).status());
        assertEquals(403, postJson(applicant, "/api/assistance/applications/" + tracking + "/experts",
                Map.of("expertId", unconflicted, "conflict", "none")).status());
        assertEquals(403, applicant.get("/assistance/experts").status());
    }

    @Test
    public void anOfficerRecordsActionsIssuesAnOpinionAndClosesTheCase() {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Browser officer = people.staffMember("officer.li@onestop.test", "李援助专员", "assistance_officer");
        Browser applicant = people.innovator("zhao.lei@example.cn", "赵磊", "13947200001");
        Browser outsider = people.innovator("qian.hui@example.cn", "钱慧", "13947200002");
        Http.Answer sent = application(applicant, PATENT, true).postAs(applicant, "/api/assistance/applications");
        assertEquals(sent.body(), 201, sent.status());
        String tracking = json(sent).path("trackingNumber").asText();
        String actions = "/api/assistance/applications/" + tracking + "/actions";
        claimed(officer, tracking);
        moved(officer, tracking, "accept", null);

        // from acceptance: 90 days of handling and feedback within 30, both shown to the applicant too
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate handlingDue = clock(applicant, tracking, "handling");
        LocalDate feedbackDue = clock(applicant, tracking, "feedback");
        assertTrue("90 calendar days, moved off a day off: " + handlingDue, !handlingDue.isBefore(today.plusDays(89))
                && handlingDue.isBefore(today.plusDays(96)));
        assertTrue("30 calendar days: " + feedbackDue, !feedbackDue.isBefore(today.plusDays(29))
                && feedbackDue.isBefore(today.plusDays(36)));
        String page = applicant.get("/requests/" + tracking).body();
        assertTrue("the applicant's page shows the limits: " + page, page.contains(handlingDue + " 前办结（受理之日起 90 日）")
                && page.contains("下次进展反馈不迟于 " + feedbackDue));

        // actions only in handling, only by staff, only on the form; each kind checked
        Map<String, Object> consultation = Map.of("kind", "consultation", "text", "已就专利侵权判定的比对方法答复申请人。",
                "note", "申请人曾多次来电，情绪激动");
        assertRefused(postJson(officer, actions, consultation), 409, null);
        moved(officer, tracking, "take", null);
        assertEquals(403, postJson(applicant, actions, consultation).status());
        assertRefused(postJson(officer, actions, Map.of("kind", "consultation", "text", " ")), 422, "text");
        assertRefused(postJson(officer, actions, Map.of("kind", "enforcement", "counterpart", "包头市市场监督管理局",
                "on", "2026-12-03", "answerDue", "2026-12-01")), 422, "answerDue");
        assertRefused(CaseClient.move(officer, tracking, "give-consultation", "口头答复", List.of()), 409, null);
        Http.Answer consulted = postJson(officer, actions, consultation);
        assertEquals(consulted.body(), 201, consulted.status());
        assertEquals("申请人曾多次来电，情绪激动", json(consulted).path("note").asText());

        // an opinion, printed as PDF for the applicant and staff, nobody else
        String opinionText = "经比对，被控侵权产品的技术特征落入涉案专利权利要求1的保护范围，建议申请人先行发函要求对方停止侵权。";
        Http.Answer issued = postJson(officer, actions, Map.of("kind", "opinion", "text", opinionText, "note",
                "专家王立群意见一致"));
        assertEquals(issued.body(), 201, issued.status());
        String pdfPath = json(issued).path("opinion").asText();
        assertTrue(pdfPath, pdfPath.startsWith("/assistance/applications/" + tracking + "/opinions/"));
        PdfDocuments.Download opinion = PdfDocuments.download(applicant, port, pdfPath);
        assertEquals(200, opinion.status());
        assertTrue(opinion.contentType(), opinion.contentType().startsWith("application/pdf") && opinion.isPdf());
        String text = PdfDocuments.compact(PdfDocuments.text(opinion.bytes()));
        assertTrue("the opinion in Chinese: " + text, text.contains("知识产权维权援助意见书") && text.contains(tracking)
                && text.contains(PdfDocuments.compact(opinionText)) && text.contains("包头某电器有限公司")
                && text.contains("赵磊") && text.contains(CANONICAL));
        assertFalse("no internal note in the PDF: " + text, text.contains("王立群"));
        assertEquals(200, PdfDocuments.download(officer, port, pdfPath).status());
        assertEquals(404, PdfDocuments.download(outsider, port, pdfPath).status());

        // handed to an enforcement body, its answer later; a mediation session; feedback
        Http.Answer handed = postJson(officer, actions, Map.of("kind", "enforcement", "counterpart",
                "包头市市场监督管理局", "on", today.toString(), "answerDue", today.plusDays(15).toString(), "text",
                "移交被申请人涉嫌制造、销售侵权产品的线索"));
        assertEquals(handed.body(), 201, handed.status());
        long handOver = json(handed).path("id").asLong();
        assertRefused(postJson(officer, actions, Map.of("kind", "answer", "text", "已立案", "on", today.toString(),
                "answerOf", json(consulted).path("id").asLong())), 422, "answerOf");
        assertEquals(201, postJson(officer, actions, Map.of("kind", "answer", "text", "已立案调查，责令停止销售。", "on",
                today.toString(), "answerOf", handOver)).status());
        assertEquals(201, postJson(officer, actions, Map.of("kind", "mediation", "on", today.toString(),
                "counterpart", "申请人、被申请人、王立群（专家）", "text", "双方达成和解：被申请人停止销售并赔偿人民币2万元。",
                "note", "被申请人代理人态度配合")).status());
        assertEquals(201, postJson(officer, actions, Map.of("kind", "feedback", "text", "案件已进入调解阶段，预计本月办结。"))
                .status());
        assertEquals("restarted today: the same due day", feedbackDue, clock(applicant, tracking, "feedback"));

        // marked complex once, with a reason that is audited: 120 days from acceptance
        assertEquals(201, postJson(officer, actions, Map.of("kind", "complex", "text", "涉及多项专利及跨地区执法协作"))
                .status());
        LocalDate longer = clock(officer, tracking, "handling");
        assertTrue("30 days more: " + longer, !longer.isBefore(handlingDue.plusDays(30))
                && longer.isBefore(handlingDue.plusDays(34)));
        assertRefused(postJson(officer, actions, Map.of("kind", "complex", "text", "再次认定")), 409, null);
        assertTrue("the applicant sees the longer limit: ", applicant.get("/requests/" + tracking).body()
                .contains(longer + " 前办结（受理之日起 120 日）"));
        String trail = Browser.operator(port).get("/api/ops/audit?action=assistance.case.&size=20", "Accept",
                "application/json").body();
        assertTrue("the complex mark audited with its reason: " + trail, trail.contains("涉及多项专利及跨地区执法协作"));

        // the applicant sees every public part, no internal note; another applicant nothing
        JsonNode seen = json(applicant.get(actions, "Accept", "application/json"));
        assertEquals(seen.toString(), 7, seen.size());
        assertEquals("已立案调查，责令停止销售。", seen.path(2).path("answer").asText());
        String everything = seen.toString() + applicant.get("/api/cases/" + tracking + "/timeline", "Accept",
                "application/json").body() + applicant.get("/requests/" + tracking).body();
        assertTrue(everything, everything.contains(opinionText) && everything.contains("包头市市场监督管理局")
                && everything.contains("双方达成和解") && everything.contains("已就专利侵权判定的比对方法答复申请人"));
        assertFalse("no internal note: " + everything, everything.contains("情绪激动") || everything.contains("态度配合")
                || everything.contains("专家王立群意见一致"));
        assertTrue(officer.get("/staff/cases/" + tracking).body().contains("情绪激动"));
        assertEquals(404, outsider.get(actions, "Accept", "application/json").status());

        // closing with an outcome and a summary; the case leaves the queue
        String closing = "/api/assistance/applications/" + tracking + "/closing";
        assertEquals(403, postJson(applicant, closing, Map.of("outcome", "mediated", "summary", "x")).status());
        assertRefused(postJson(officer, closing, Map.of("outcome", "", "summary", "")), 422, "outcome");
        assertRefused(CaseClient.move(officer, tracking, "close", "办结", List.of()), 409, null);
        assertEquals(404, applicant.get(closing, "Accept", "application/json").status());
        String summary = "经调解，双方达成和解协议，被申请人已停止销售并支付赔偿。";
        Await.until("the ratings module", SOON, () -> applicant.get("/api/ratings/mine", "Accept",
                "application/json"), answer -> answer.status() == 200);
        Http.Answer closed = postJson(officer, closing, Map.of("outcome", "mediated", "summary", summary));
        assertEquals(closed.body(), 200, closed.status());
        JsonNode ended = json(applicant.get(closing, "Accept", "application/json"));
        assertEquals("mediated", ended.path("outcome").asText());
        assertEquals(summary, ended.path("summary").asText());
        assertEquals("closed", application(applicant, tracking).path("status").asText());
        assertNotified(applicant, tracking, "已办结", "Closed");
        // the closing invites the applicant to rate the service once (好差评), on its three dimensions
        JsonNode invited = StreamSupport.stream(json(applicant.get("/api/ratings/mine", "Accept",
                "application/json")).path("items").spliterator(), false)
                .filter(r -> tracking.equals(r.path("trackingNumber").asText())).findFirst().orElseThrow();
        assertFalse(invited.path("rated").asBoolean());
        assertEquals(List.of("timeliness", "professionalism", "result"), StreamSupport.stream(
                invited.path("dimensions").spliterator(), false).map(d -> d.path("code").asText()).toList());
        String closedPage = applicant.get("/requests/" + tracking).body();
        assertTrue(closedPage, closedPage.contains(summary) && closedPage.contains("调解解决"));
        JsonNode queue = json(officer.get("/api/staff/cases?view=team&module=assistance", "Accept",
                "application/json"));
        assertFalse("a closed case leaves the queue: " + queue, queue.toString().contains(tracking));
        assertRefused(postJson(officer, actions, consultation), 409, null);
    }

    @Test
    public void feedbackNotGivenWithinThirtyDaysEscalatesToTheOfficer() {
        Browser officer = people.staffMember("officer.ma@onestop.test", "马援助专员", "assistance_officer");
        Browser applicant = people.innovator("wu.fang@example.cn", "吴芳", "13947200003");
        Http.Answer sent = application(applicant, PATENT, true).postAs(applicant, "/api/assistance/applications");
        assertEquals(sent.body(), 201, sent.status());
        String tracking = json(sent).path("trackingNumber").asText();
        claimed(officer, tracking);
        moved(officer, tracking, "accept", null);
        moved(officer, tracking, "take", null);

        try (LaterCalendar later = LaterCalendar.forTheDeadlineWatch(context, 40)) {
            Await.until("the deadline watch to flag the missing feedback", SOON, () -> officer.get("/api/cases/"
                    + tracking + "/timeline", "Accept", "application/json").body(),
                    t -> t.contains("\"overdue\"") && t.contains("feedback "));
        }
        assertNotified(officer, tracking, "进展反馈期限", "Progress feedback");
        assertEquals("handling", application(applicant, tracking).path("status").asText());
    }

    @Test
    public void anOrganisationsApplicationIsRefusedWithReasonsFromTheList() {
        Browser officer = people.staffMember("officer.zhao@onestop.test", "赵援助专员", "assistance_officer");
        Browser applicant = people.innovator("sun.li@example.cn", "孙丽", "13847198765");
        String company = "赤峰草原乳业有限公司";
        HallPeople.organisation(applicant, company, RegistryNumbers.creditCode("91150402MA0Q8B7C5"),
                "赤峰市红山区钢铁街3号", "孙丽", "0476-8123456");
        Http.Answer sent = new MultipartForm().field("businessType", "mediation").field("rightType", "trademark")
                .field("rightNumber", "25478896").field("otherParty", "某网店").field("venue", "online")
                .field("venueDetail", "某电商平台").field("onlineShop", "https://shop.example.cn/12345")
                .field("facts", "网店销售假冒本公司注册商标的乳制品。").field("assistance", "guidance")
                .field("hardship", "false").file("evidence", "网页截图.png", "image/png", SampleDocuments.png())
                .postAs(applicant, "/api/assistance/applications");
        assertEquals(sent.body(), 201, sent.status());
        String tracking = json(sent).path("trackingNumber").asText();
        assertEquals(company, application(applicant, tracking).path("organisationName").asText());

        assertRefused(CaseClient.move(officer, tracking, "refuse", "无理由", List.of()), 409, null);
        String form = officer.get("/assistance/applications/" + tracking + "/refusal").body();
        assertTrue("the reasons in the officer's words: " + form, form.contains("重复申请") && form.contains(tracking));
        assertRefused(postJson(officer, "/api/assistance/applications/" + tracking + "/refusal",
                Map.of("reasons", List.of(), "text", "")), 422, "reasons");
        assertRefused(postJson(officer, "/api/assistance/applications/" + tracking + "/refusal",
                Map.of("reasons", List.of("other"), "text", "")), 422, "text");
        Http.Answer refused = postJson(officer, "/api/assistance/applications/" + tracking + "/refusal",
                Map.of("reasons", List.of("already-decided"), "text", "该纠纷已由法院判决。"));
        assertEquals(refused.body(), 200, refused.status());
        JsonNode record = json(refused);
        assertEquals("refused", record.path("status").asText());
        assertEquals(List.of("already-decided"), strings(record.path("refusalReasons")));
        assertNotified(applicant, tracking, "不予受理", "Not accepted");
        String page = applicant.get("/requests/" + tracking).body();
        assertTrue("the reason in the reader's words: " + page, page.contains("已由法院、仲裁机构或行政机关处理"));
    }

    @Test
    public void supplementsNotSentInTimeCloseTheApplicationByThemselves() {
        Browser officer = people.staffMember("officer.gao@onestop.test", "高援助专员", "assistance_officer");
        Browser applicant = people.innovator("he.jun@example.cn", "何军", "13754712345");
        Http.Answer sent = application(applicant, PATENT, true).postAs(applicant, "/api/assistance/applications");
        assertEquals(sent.body(), 201, sent.status());
        String tracking = json(sent).path("trackingNumber").asText();
        moved(officer, tracking, "ask-supplement", "请补充专利权评价报告。");

        try (LaterCalendar later = LaterCalendar.forTheDeadlineWatch(context, 40)) {
            Await.until("the deadline watch to close the application", SOON, () -> application(applicant, tracking)
                    .path("status").asText(), "lapsed"::equals);
        }
        assertNotified(applicant, tracking, "逾期未补充材料", "Supplements not sent in time");
        assertEquals(409, CaseClient.move(applicant, tracking, "send-supplement", "晚了", List.of()).status());
    }

    // ---- statistics, the pool's audit, the refused page form's evidence ----

    /**
     * Supervisors' statistics over HTTP, read before and after a few applications of this test (other tests of the
     * class file theirs on the same days): JSON and CSV count them, the refused one as closed; others get 403.
     */
    @Test
    public void supervisorsCountTheApplicationsAsJsonAndCsv() {
        Browser supervisor = people.staffMember("supervisor.sun@onestop.test", "孙主管", "supervisor");
        Browser officer = people.staffMember("officer.zhou@onestop.test", "周援助专员", "assistance_officer");
        Browser applicant = people.innovator("zhou.hua@example.cn", "周华", "13604712345");
        JsonNode before = statistics(supervisor);

        String waiting = submittedAs(applicant, application(applicant, PATENT, true));
        String accepted = submittedAs(applicant, application(applicant, PATENT, true));
        String refused = submittedAs(applicant, new MultipartForm().field("businessType", "mediation")
                .field("rightType", "trademark").field("rightNumber", "25478896").field("otherParty", "某网店")
                .field("venue", "online").field("venueDetail", "某电商平台").field("onlineShop", "https://shop.example.cn/9")
                .field("facts", "网店销售假冒注册商标的商品。").field("assistance", "guidance").field("hardship", "false")
                .file("evidence", "网页截图.png", "image/png", SampleDocuments.png()));
        assertEquals("accepted", moved(officer, accepted, "accept", null).path("status").asText());
        assertEquals(200, postJson(officer, "/api/assistance/applications/" + refused + "/refusal",
                Map.of("reasons", List.of("duplicate"), "text", "")).status());
        assertEquals("submitted", application(applicant, waiting).path("status").asText());

        JsonNode after = statistics(supervisor);
        JsonNode total = after.path("total");
        assertEquals(after.toString(), 3, total.path("applications").asLong()
                - before.path("total").path("applications").asLong());
        assertEquals(1, total.path("accepted").asLong() - before.path("total").path("accepted").asLong());
        assertEquals(1, total.path("closed").asLong() - before.path("total").path("closed").asLong());
        assertTrue("accepted on the day it was submitted: " + total, total.path("averageDaysToAcceptance").isNumber());
        assertEquals(1, count(after, "byClosing", "refused") - count(before, "byClosing", "refused"));
        assertEquals(1, count(after, "byRightType", "trademark") - count(before, "byRightType", "trademark"));
        assertEquals(2, count(after, "byRightType", "patent") - count(before, "byRightType", "patent"));
        assertEquals(2, count(after, "byRegion", "包头市青山区") - count(before, "byRegion", "包头市青山区"));
        assertEquals(2, count(after, "byAssistance", "infringement-opinion")
                - count(before, "byAssistance", "infringement-opinion"));
        String month = after.path("to").asText();
        assertEquals(3, count(after, "byMonth", month) - count(before, "byMonth", month));
        JsonNode mediation = group(after, "byBusinessType", "mediation");
        assertEquals(mediation.toString(), "纠纷调解", mediation.path("label").path("zh").asText());
        assertEquals("Dispute mediation", mediation.path("label").path("en").asText());

        Http.Answer csv = supervisor.get("/assistance/statistics/applications.csv?lang=en");
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition"), csv.header("Content-Disposition")
                .contains("assistance-statistics-" + after.path("from").asText() + "-" + month + ".csv"));
        assertTrue("the same figures in the spreadsheet: " + csv.body(), csv.body().startsWith("\uFEFFAssistance "
                + "statistics") && csv.body().contains("\r\nApplications," + total.path("applications").asLong()
                + "\r\n") && csv.body().contains("\r\nHow it closed,refused,Not accepted,"));
        String page = supervisor.get("/assistance/statistics").body();
        assertTrue(page, page.contains("维权援助统计") && page.contains("平均受理用时（工作日）")
                && page.contains("href=\"/api/assistance/statistics?from="));
        assertTrue(supervisor.get("/assistance").body().contains("href=\"/assistance/statistics\""));
        JsonNode badMonth = assertRefused(supervisor.get("/api/assistance/statistics?from=2026-13", "Accept",
                "application/json"), 400, null);
        assertTrue(badMonth.toString(), badMonth.toString().contains("2026-13"));

        for (Browser other : List.of(officer, applicant)) {
            assertEquals(403, other.get("/api/assistance/statistics", "Accept", "application/json").status());
            assertEquals(403, other.get("/assistance/statistics/applications.csv").status());
            assertEquals(403, other.get("/assistance/statistics").status());
        }
        assertEquals(401, new Browser(Integer.parseInt(context.getProperty("org.osgi.service.http.port")))
                .get("/api/assistance/statistics", "Accept", "application/json").status());
    }

    /** Adding, editing and deactivating an expert are in the audit trail: who, what, before and after. */
    @Test
    public void theExpertPoolsEditsAreAudited() {
        Browser officer = people.staffMember("officer.wu@onestop.test", "吴援助专员", "assistance_officer");
        long officerId = json(officer.get("/api/account/me", "Accept", "application/json")).path("id").asLong();
        Map<String, Object> expert = new java.util.HashMap<>(Map.of("name", "赵明远", "organisation", "内蒙古农业大学",
                "fields", List.of("geographical-indication"), "contact", "0471-4309000", "active", true));
        Http.Answer added = postJson(officer, "/api/assistance/experts", expert);
        assertEquals(added.body(), 201, added.status());
        long id = json(added).path("id").asLong();
        expert.put("organisation", "内蒙古大学");
        assertEquals(200, officer.json("PUT", "/api/assistance/experts/" + id, CaseClient.text(expert),
                "X-CSRF-Token", officer.csrfToken()).status());
        expert.put("active", false);
        assertEquals(200, officer.json("PUT", "/api/assistance/experts/" + id, CaseClient.text(expert),
                "X-CSRF-Token", officer.csrfToken()).status());

        Browser operator = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
        JsonNode trail = json(operator.get("/api/ops/audit?action=assistance.expert.&size=50", "Accept",
                "application/json"));
        JsonNode entries = trail.isArray() ? trail : trail.path("items");
        List<JsonNode> mine = StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> ("expert:" + id).equals(e.path("target").asText())).toList();
        assertEquals(mine.toString(), List.of("assistance.expert.deactivated", "assistance.expert.changed",
                "assistance.expert.added"), mine.stream().map(e -> e.path("action").asText()).toList());
        assertTrue(mine.toString(), mine.stream().allMatch(e -> ("account:" + officerId).equals(e.path("actor")
                .asText())));
        assertTrue(mine.toString(), mine.get(2).path("detail").asText().contains("name: 赵明远; organisation: 内蒙古农业大学"));
        assertEquals("organisation: 内蒙古农业大学 → 内蒙古大学", mine.get(1).path("detail").asText());
        assertEquals("active: true → false", mine.get(0).path("detail").asText());
        String page = operator.get("/ops/audit?action=assistance.expert.").body();
        assertTrue("the audit page says what was done: " + page, page.contains("专家入库") && page.contains("修改专家信息")
                && page.contains("专家停用"));
    }

    /**
     * A page form refused (a wrong check digit) keeps the evidence it was sent: shown as attached and sent again in
     * hidden fields, so that the corrected form goes through without choosing the file again.
     */
    @Test
    public void aRefusedPageFormKeepsTheEvidenceItWasSent() {
        Browser applicant = people.innovator("wu.di@example.cn", "吴迪", "13500471234");
        MultipartForm first = application(applicant, "ZL201710601862.4", false)
                .file("evidence", "侵权产品照片.png", "image/png", SampleDocuments.png());
        Http.Answer refused = PreexamDesk.postPage(applicant, "/assistance/apply", first);
        assertEquals(422, refused.status());
        assertTrue("the file is named as attached: " + refused.body(), refused.body().contains("已上传：侵权产品照片.png"));
        List<String[]> held = PreexamDesk.heldFields(refused.body());
        assertEquals(2, held.size());
        assertEquals("held.evidence", held.get(0)[0]);
        assertEquals(List.of(), myApplications(applicant));

        MultipartForm again = application(applicant, PATENT, false);
        held.forEach(field -> again.field(field[0], field[1]));
        Http.Answer sent = PreexamDesk.postPage(applicant, "/assistance/apply", again);
        assertEquals(sent.body(), 303, sent.status());
        String tracking = Browser.location(sent).replaceAll(".*submitted=", "");
        assertEquals(List.of(tracking), myApplications(applicant));
        JsonNode files = json(applicant.get("/api/cases/" + tracking + "/attachments", "Accept", "application/json"));
        assertEquals(files.toString(), 1, files.size());
        assertEquals("侵权产品照片.png", files.path(0).path("fileName").asText());
    }

    private static String submittedAs(Browser applicant, MultipartForm form) {
        Http.Answer sent = form.postAs(applicant, "/api/assistance/applications");
        assertEquals(sent.body(), 201, sent.status());
        return json(sent).path("trackingNumber").asText();
    }

    private static JsonNode statistics(Browser supervisor) {
        Http.Answer answer = supervisor.get("/api/assistance/statistics", "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return json(answer);
    }

    private static JsonNode group(JsonNode report, String breakdown, String key) {
        return StreamSupport.stream(report.path(breakdown).spliterator(), false)
                .filter(g -> key.equals(g.path("key").asText())).findFirst().orElse(json("{}"));
    }

    private static long count(JsonNode report, String breakdown, String key) {
        return group(report, breakdown, key).path("figures").path("applications").asLong();
    }

    /** The application form of a patent case, with a PDF of evidence when {@code evidence}. */
    /** An assistance application's form about {@code patentNumber}, with one piece of evidence when asked. */
    static MultipartForm application(Browser applicant, String patentNumber, boolean evidence) {
        MultipartForm form = new MultipartForm().field("businessType", "assistance").field("rightType", "patent")
                .field("rightNumber", patentNumber).field("otherParty", "包头某电器有限公司")
                .field("otherPartyAddress", "包头市青山区钢铁大街1号").field("venue", "region")
                .field("venueDetail", "包头市青山区").field("facts", "对方未经许可制造、销售与本专利相同的稀土永磁电机。")
                .field("assistance", "consultation").field("assistance", "infringement-opinion")
                .field("hardship", "true").field("hardshipStatement", "企业处于初创期，无力承担鉴定费用。");
        return evidence ? form.pdf("evidence", "购买公证书.pdf", SampleDocuments.pdf()) : form;
    }

    /** The due day of the case's clock {@code deadline}, as {@code who} reads the case. */
    private static LocalDate clock(Browser who, String tracking, String deadline) {
        JsonNode envelope = json(who.get("/api/cases/" + tracking, "Accept", "application/json"));
        for (JsonNode clock : envelope.path("clocks")) {
            if (deadline.equals(clock.path("deadline").asText())) {
                return PreexamDesk.date(clock.path("dueOn"));
            }
        }
        throw new AssertionError("no clock " + deadline + ": " + envelope);
    }

    private static JsonNode application(Browser who, String tracking) {
        Http.Answer answer = who.get("/api/assistance/applications/" + tracking, "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return json(answer);
    }

    /** The tracking numbers of the assistance applications in the applicant's list. */
    private static List<String> myApplications(Browser applicant) {
        JsonNode list = myRequests(applicant);
        JsonNode rows = list.isArray() ? list : list.path("items");
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> "assistance".equals(r.path("module").asText()))
                .map(r -> r.path("trackingNumber").asText()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
