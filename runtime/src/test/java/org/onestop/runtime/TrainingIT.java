package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertNotified;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

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
 * Training enrolment (教育培训) over HTTP inside the real distribution: a trainer writes a course, gives it a session
 * of two places and publishes it; three innovators enrol (the third waits), enrolling twice is refused; the first
 * cancels, the third is offered the place (told in the app), confirms it, and the session has no place left. On the
 * way: a course with mistakes is a problem document naming each field in the reader's language, a bad filter a
 * message on the catalogue page, an innovator calling the trainer's routes 403, and a refused page form the reason on
 * the session's page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String TITLE = "专利申请文件撰写实务";

    @Inject
    private BundleContext context;

    private HallPeople people;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("training");
    }

    @Before
    public void theTrainingModuleAnswers() {
        Http http = Http.ofRunningGateway(context);
        Http.Answer catalogue = Await.until("the training module", SOON,
                () -> http.get("/api/training/sessions", "Accept", "application/json"), a -> a.status() == 200);
        assertTrue(catalogue.body(), catalogue.body().contains("\"items\""));
        people = new HallPeople(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
    }

    @Test
    public void aFullSessionKeepsAWaitlistAndAFreedPlaceGoesToTheFirstInLine() {
        Browser trainer = people.staffMember("trainer.zhao@onestop.test", "赵讲师", "trainer");
        Browser first = people.innovator("sun.li@example.cn", "孙丽", "13947210001");
        Browser second = people.innovator("zhou.qiang@example.cn", "周强", "13947210002");
        Browser third = people.innovator("wu.fang@example.cn", "吴芳", "13947210003");

        // a course with mistakes: each field named, in Chinese
        JsonNode wrong = assertRefused(postJson(trainer, "/api/training/desk/courses", Map.of("title", "",
                "audience", "students", "description", "撰写要点", "trainer", "赵讲师", "format", "on-site",
                "creditHours", 0)), 422, "title");
        assertEquals(wrong.toString(), "请填写此项。", wrong.path("errors").path("title").asText());
        assertEquals("请选择培训对象。", wrong.path("errors").path("audience").asText());
        assertTrue(wrong.path("errors").has("creditHours"));

        // the course, a session of two places in ten days, published
        Http.Answer created = postJson(trainer, "/api/training/desk/courses", Map.of("title", TITLE, "audience",
                "enterprises", "description", "权利要求书与说明书的撰写要点。", "trainer", "赵讲师", "format", "both",
                "creditHours", 4));
        assertEquals(created.body(), 201, created.status());
        long course = json(created).path("id").asLong();
        assertEquals("draft", json(created).path("status").asText());
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
        assertRefused(postJson(trainer, "/api/training/desk/courses/" + course + "/sessions", Map.of("date", day,
                "start", "14:00", "end", "13:00", "place", "中心三楼培训室", "capacity", 2)), 422, "end");
        Http.Answer added = postJson(trainer, "/api/training/desk/courses/" + course + "/sessions", Map.of("date",
                day, "start", "14:00", "end", "17:00", "place", "中心三楼培训室", "capacity", 2, "orgLimit", 0));
        assertEquals(added.body(), 201, added.status());
        long session = json(added).path("id").asLong();
        assertEquals("not in the catalogue before it is published", 404, first.get("/api/training/sessions/"
                + session, "Accept", "application/json").status());
        // a visitor who is not signed in reads the catalogue page, given again as it is within the second
        Http visitor = Http.ofRunningGateway(context);
        Http.Answer before = visitor.get("/training?q=%E6%92%B0%E5%86%99");
        Http.Answer reread = visitor.get("/training?q=%E6%92%B0%E5%86%99");
        assertEquals(before.body(), reread.body());
        assertEquals(before.header("Content-Type"), reread.header("Content-Type"));
        assertEquals(before.header("Content-Language"), reread.header("Content-Language"));
        assertEquals(before.header("Content-Security-Policy"), reread.header("Content-Security-Policy"));
        assertFalse(before.body(), before.body().contains(TITLE));
        assertEquals("published", json(postJson(trainer, "/api/training/desk/courses/" + course + "/publish",
                null)).path("status").asText());
        // and sees the course at once: a change through the gateway lets go of the answers kept
        Http.Answer after = visitor.get("/training?q=%E6%92%B0%E5%86%99");
        assertTrue(after.body(), after.body().contains(TITLE));
        JsonNode listed = json(first.get("/api/training/sessions?audience=enterprises&seats=1&q="
                + "%E6%92%B0%E5%86%99&month=" + day.substring(0, 7), "Accept", "application/json"));
        assertEquals(listed.toString(), 1, listed.path("total").asInt());
        assertEquals(2, listed.path("items").path(0).path("seatsLeft").asInt());

        // three enrol: two places, the third waits; twice is refused
        assertEquals("confirmed", enrol(first, session).path("status").asText());
        assertEquals("confirmed", enrol(second, session).path("status").asText());
        JsonNode waiting = enrol(third, session);
        assertEquals(waiting.toString(), "waiting", waiting.path("status").asText());
        assertEquals(1, waiting.path("position").asInt());
        JsonNode twice = assertRefused(postJson(second, "/api/training/sessions/" + session + "/enrolments", null),
                409, null);
        assertTrue(twice.toString(), twice.path("detail").asText().contains("不能重复报名"));
        assertEquals(0, json(third.get("/api/training/sessions/" + session, "Accept", "application/json"))
                .path("view").path("seatsLeft").asInt());
        String full = first.get("/training?lang=zh-CN").body();
        assertTrue("the catalogue page says it is full: " + full, full.contains(TITLE) && full.contains("已满（可候补）"));

        // the first cancels: the third is offered the place, told in the app, and confirms it
        long firstEnrolment = json(first.get("/api/training/enrolments", "Accept", "application/json")).path(0)
                .path("id").asLong();
        assertEquals("cancelled", json(postJson(first, "/api/training/enrolments/" + firstEnrolment + "/cancel",
                null)).path("status").asText());
        JsonNode offer = json(third.get("/api/training/enrolments", "Accept", "application/json")).path(0);
        assertEquals(offer.toString(), "offered", offer.path("status").asText());
        assertFalse(offer.path("offerExpires").isNull());
        assertNotified(third, TITLE, "已递补给您");
        String page = third.get("/training/sessions/" + session).body();
        assertTrue("the session page asks for confirmation: " + page, page.contains("候补递补待确认")
                && page.contains("确认参加"));
        assertEquals("confirmed", json(postJson(third, "/api/training/enrolments/" + offer.path("id").asLong()
                + "/confirm", null)).path("status").asText());
        JsonNode roll = json(trainer.get("/api/training/desk/sessions/" + session + "/enrolments", "Accept",
                "application/json"));
        assertEquals(roll.toString(), "[\"cancelled\",\"confirmed\",\"confirmed\"]", CaseClient.text(
                java.util.stream.StreamSupport.stream(roll.spliterator(), false).map(e -> e.path("status").asText())
                        .toList()));

        // a refused page form: the reason on the session's page, in the reader's language
        Http.Answer again = second.submit("/training/sessions/" + session, "/training/sessions/" + session
                + "/enrol", Map.of());
        assertEquals(again.body(), 409, again.status());
        assertTrue(again.body(), again.body().contains("您已报名本场培训（已报名），不能重复报名。"));
        Http.Answer badFilter = first.get("/training?month=13-2026&lang=en");
        assertEquals(400, badFilter.status());
        assertTrue(badFilter.body(), badFilter.body().contains("Please write the month as 2026-12."));

        // the trainer's routes are the trainer's
        assertEquals(403, postJson(first, "/api/training/desk/courses", Map.of("title", "某课程")).status());
        assertEquals(403, postJson(first, "/api/training/desk/courses/" + course + "/cancel", null).status());
        assertEquals(403, first.get("/api/training/desk/sessions/" + session + "/enrolments", "Accept",
                "application/json").status());
        assertEquals(403, postJson(trainer, "/api/training/sessions/" + session + "/enrolments", null).status());
        String trail = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")))
                .get("/api/ops/audit?action=training.&size=50", "Accept", "application/json").body();
        assertTrue("every change audited: " + trail, trail.contains("training.course.published")
                && trail.contains("training.enrolment.waiting") && trail.contains("training.enrolment.offered")
                && trail.contains("training.enrolment.cancelled") && trail.contains("enrolment:" + firstEnrolment));
    }

    private static JsonNode enrol(Browser who, long session) {
        Http.Answer answer = postJson(who, "/api/training/sessions/" + session + "/enrolments", null);
        assertEquals(answer.body(), 201, answer.status());
        return json(answer);
    }
}
