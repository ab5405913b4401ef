package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.claimed;
import static org.onestop.runtime.PreexamDesk.notificationsAbout;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.onestop.api.cases.WorkingCalendar;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Service ratings (好差评) over HTTP inside the real distribution, with mail going through a real SMTP server: an
 * assistance officer refuses an application, which closes it; the applicant finds the invitation in the app and in
 * the mail, rates the service badly with a comment (without one it is refused), a second rating is refused, another
 * innovator gets 404; a supervisor sees the follow-up due in 15 working days of the gateway's calendar, answers it
 * in writing, the applicant reads the answer, and the supervisor's statistics of the month show the score (20 points,
 * below the target of 83) for the module and for the officer who held the case.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RatingsIT {

    private static final Duration SOON = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    private HallPeople people;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("ratings");
    }

    @Before
    public void theRatingsModuleAnswers() {
        Http http = Http.ofRunningGateway(context);
        Await.until("the ratings and assistance modules", SOON, () -> http.get("/api/assistance/choices",
                "Accept", "application/json").status() == 200 && http.get("/ratings").status() == 200, ok -> ok);
        people = new HallPeople(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
    }

    @Test
    public void aClosedCaseIsRatedOnceABadReviewIsAnsweredAndCounted() throws Exception {
        Browser officer = people.staffMember("officer.bai@onestop.test", "白援助专员", "assistance_officer");
        Browser supervisor = people.staffMember("director.wu@onestop.test", "吴主任", "supervisor");
        Browser applicant = people.innovator("zhao.min@example.cn", "赵敏", "13904711234");
        Browser stranger = people.innovator("qian.lei@example.cn", "钱磊", "13904715678");

        Http.Answer sent = new MultipartForm().field("businessType", "consultation").field("rightType", "trademark")
                .field("rightNumber", "25478896").field("otherParty", "某商行").field("venue", "region")
                .field("venueDetail", "呼和浩特市新城区").field("facts", "商行销售假冒本人注册商标的奶茶粉。")
                .field("assistance", "consultation").field("hardship", "false")
                .file("evidence", "照片.png", "image/png", SampleDocuments.png())
                .postAs(applicant, "/api/assistance/applications");
        assertEquals(sent.body(), 201, sent.status());
        String tracking = json(sent).path("trackingNumber").asText();
        assertRefused(applicant.get("/api/ratings/" + tracking, "Accept", "application/json"), 404, null);
        claimed(officer, tracking);

        try (SmtpSink smtp = SmtpSink.start()) {
            Path cfg = Path.of(context.getProperty(Gateway.WORK), "config", "org.onestop.platform.mail.cfg");
            Files.writeString(cfg, "smtp.host=127.0.0.1\nsmtp.port=" + smtp.port() + "\nsmtp.starttls=false\n"
                    + "interval.seconds=1\n");
            Http.Answer refused = postJson(officer, "/api/assistance/applications/" + tracking + "/refusal",
                    Map.of("reasons", List.of("not-ip-dispute"), "text", "属于普通买卖合同纠纷。"));
            assertEquals(refused.body(), 200, refused.status());

            SmtpSink.Received invitation = null;
            for (SmtpSink.Received mail = smtp.next(SOON); mail != null && invitation == null;
                    mail = invitation == null ? smtp.next(SOON) : null) {
                if (mail.subject().contains("请评价") && mail.subject().contains(tracking)) {
                    invitation = mail;
                }
            }
            assertNotNull("the invitation came by mail", invitation);
            assertTrue(invitation.header("To"), invitation.header("To").contains("zhao.min@example.cn"));
            assertTrue(invitation.text(), invitation.text().contains("/ratings/" + tracking));
        }

        List<JsonNode> told = notificationsAbout(applicant, tracking);
        assertTrue("invited in the app: " + told, told.stream().anyMatch(n -> n.path("subject").asText()
                .contains("请评价") && n.path("link").asText().equals("/ratings/" + tracking)));
        JsonNode mine = json(applicant.get("/api/ratings/mine", "Accept", "application/json"));
        JsonNode invited = StreamSupport.stream(mine.path("items").spliterator(), false)
                .filter(r -> tracking.equals(r.path("trackingNumber").asText())).findFirst().orElseThrow();
        assertFalse(invited.path("rated").asBoolean());
        assertEquals("不予受理", invited.path("status").asText());
        assertEquals(List.of("timeliness", "professionalism", "result"), StreamSupport.stream(
                invited.path("dimensions").spliterator(), false).map(d -> d.path("code").asText()).toList());
        String page = applicant.get("/ratings/" + tracking).body();
        assertTrue(page, page.contains("非常不满意") && page.contains("及时性") && page.contains("专业性"));

        Map<String, Object> bad = Map.of("level", "very-dissatisfied", "dimensions", Map.of("timeliness",
                "dissatisfied", "professionalism", "very-dissatisfied", "result", "very-dissatisfied"),
                "comment", "没有解释为什么不属于知识产权纠纷。");
        assertRefused(postJson(stranger, "/api/ratings/" + tracking, bad), 404, null);
        assertRefused(stranger.get("/api/ratings/" + tracking, "Accept", "application/json"), 404, null);
        assertEquals(404, stranger.get("/ratings/" + tracking).status());
        JsonNode noComment = assertRefused(postJson(applicant, "/api/ratings/" + tracking, Map.of("level",
                "very-dissatisfied", "dimensions", bad.get("dimensions"))), 422, "comment");
        assertTrue(noComment.toString(), noComment.path("errors").path("comment").asText().contains("原因"));

        Http.Answer rated = postJson(applicant, "/api/ratings/" + tracking, bad);
        assertEquals(rated.body(), 201, rated.status());
        WorkingCalendar calendar = calendar();
        LocalDate due = calendar.addWorkingDays(calendar.today(), 15);
        assertEquals(due.toString(), json(rated).path("followUp").path("dueOn").asText());
        // 15 working days end 19 days after a Sunday, 20 after a Saturday, 21 after a weekday (later over holidays)
        assertTrue("15 working days span the weekends between", due.isAfter(calendar.today().plusDays(18)));
        JsonNode twice = assertRefused(postJson(applicant, "/api/ratings/" + tracking, Map.of("level",
                "very-satisfied", "dimensions", Map.of("timeliness", "satisfied", "professionalism", "satisfied",
                        "result", "satisfied"))), 409, null);
        assertTrue(twice.toString(), twice.path("detail").asText().contains("只能评价一次"));

        assertEquals(403, officer.get("/api/ratings/follow-ups", "Accept", "application/json").status());
        JsonNode open = json(supervisor.get("/api/ratings/follow-ups", "Accept", "application/json"));
        JsonNode followUp = StreamSupport.stream(open.spliterator(), false)
                .filter(r -> tracking.equals(r.path("trackingNumber").asText())).findFirst().orElseThrow();
        assertEquals(due.toString(), followUp.path("followUp").path("dueOn").asText());
        assertEquals("白援助专员", followUp.path("staffName").asText());
        String list = supervisor.get("/ratings/follow-ups").body();
        assertTrue(list, list.contains(tracking) && list.contains(due.toString()));

        assertRefused(postJson(supervisor, "/api/ratings/follow-ups/" + tracking, Map.of("response", " ")), 422,
                "response");
        Http.Answer answered = supervisor.submit("/ratings/follow-ups/" + tracking, "/ratings/follow-ups/"
                + tracking, Map.of("response", "已核实：受理审查未说明理由，已要求经办人补充说明并电话回访。"));
        assertEquals(answered.body(), 303, answered.status());
        assertRefused(postJson(supervisor, "/api/ratings/follow-ups/" + tracking, Map.of("response", "再答")), 409,
                null);

        JsonNode seen = json(applicant.get("/api/ratings/" + tracking, "Accept", "application/json"));
        assertFalse(seen.path("followUp").path("open").asBoolean());
        assertEquals("吴主任", seen.path("followUp").path("answeredBy").asText());
        String ratingPage = applicant.get("/ratings/" + tracking).body();
        assertTrue(ratingPage, ratingPage.contains("已要求经办人补充说明并电话回访"));
        assertTrue(notificationsAbout(applicant, tracking).stream().anyMatch(n -> n.path("subject").asText()
                .contains("差评已回复")));

        JsonNode statistics = json(supervisor.get("/api/ratings/statistics", "Accept", "application/json"));
        assertEquals(83, statistics.path("target").asInt());
        JsonNode module = StreamSupport.stream(statistics.path("modules").spliterator(), false)
                .filter(m -> "assistance".equals(m.path("module").asText())).findFirst().orElseThrow();
        assertEquals(1, module.path("count").asInt());
        assertEquals(20.0, module.path("score").asDouble(), 0.0);
        assertFalse(module.path("meetsTarget").asBoolean());
        assertEquals("维权援助", module.path("moduleTitle").asText());
        assertTrue(statistics.toString(), StreamSupport.stream(statistics.path("staff").spliterator(), false)
                .anyMatch(s -> "白援助专员".equals(s.path("staffName").asText()) && s.path("bad").asInt() == 1));
        String statisticsPage = supervisor.get("/ratings/statistics?lang=en").body();
        assertTrue(statisticsPage, statisticsPage.contains("Rights-protection assistance")
                && statisticsPage.contains("20.0") && statisticsPage.contains("Below target"));
        assertEquals(400, supervisor.get("/api/ratings/statistics?month=2026-13", "Accept", "application/json")
                .status());

        String audit = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")))
                .get("/api/ops/audit?action=rating.&size=50", "Accept", "application/json").body();
        for (String action : List.of("rating.invited", "rating.given", "rating.follow-up.opened",
                "rating.follow-up.answered")) {
            assertTrue(action + " in " + audit, audit.contains("\"" + action + "\""));
        }
    }

    private WorkingCalendar calendar() {
        ServiceReference<WorkingCalendar> reference = context.getServiceReference(WorkingCalendar.class);
        return context.getService(reference);
    }
}
