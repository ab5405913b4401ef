package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertNotified;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The trainers' course desk and named attendees over HTTP inside the real distribution: a trainer writes a course and
 * a session through the pages' forms (a field at fault named on the page), publishes it; a member of an organisation
 * enrols two of its people by name (a third refused by the organisation's limit, a name twice refused), a person
 * without an organisation is told to register one; the session fills, a cancelled named place goes to the first in
 * line; the roll shows who enrolled whom; a session is not resized below its places held, and a larger one offers
 * its new place to a named attendee waiting, which the member confirms on their list; the course is cancelled with a
 * reason that each person is told.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingDeskIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String TITLE = "商标注册与品牌保护";
    private static final Pattern COURSE = Pattern.compile("/training/desk/courses/(\\d+)\\?done=created");
    private static final Pattern SESSION = Pattern.compile("/training/desk/sessions/(\\d+)\"");

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
        Await.until("the training module", SOON, () -> http.get("/api/training/sessions", "Accept",
                "application/json"), a -> a.status() == 200);
        people = new HallPeople(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
    }

    @Test
    public void aTrainerWorksThroughThePagesAndAMemberEnrolsThePeopleOfTheirOrganisation() {
        Browser trainer = people.staffMember("trainer.qian@onestop.test", "钱讲师", "trainer");
        Browser member = people.innovator("gao.yan@example.cn", "高岩", "13947220001");
        HallPeople.organisation(member, "内蒙古草原种业有限公司", RegistryNumbers.creditCode("91150100MA0N7K2Q8"),
                "呼和浩特市金桥开发区", "高岩", "0471-5551234");
        Browser alone = people.innovator("han.mei@example.cn", "韩梅", "13947220002");

        // the course desk's forms: a field at fault named on the page, then the course, a session, published
        assertTrue(trainer.get("/training").body().contains("href=\"/training/desk\""));
        Map<String, String> course = new LinkedHashMap<>(Map.of("title", TITLE, "audience", "enterprises",
                "description", "商标注册流程与品牌保护策略。", "trainer", "钱讲师", "format", "on-site", "creditHours", "三"));
        Http.Answer wrong = trainer.submit("/training/desk/courses/new", "/training/desk/courses", course);
        assertEquals(422, wrong.status());
        assertTrue(wrong.body(), wrong.body().contains("学时应为 1 至 200 之间的整数。") && wrong.body().contains(TITLE));
        course.put("creditHours", "3");
        Http.Answer created = trainer.submit("/training/desk/courses/new", "/training/desk/courses", course);
        assertEquals(created.body(), 303, created.status());
        Matcher id = COURSE.matcher(created.header("Location"));
        assertTrue(created.header("Location"), id.find());
        String desk = "/training/desk/courses/" + id.group(1);
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(12).toString();
        Map<String, String> session = new LinkedHashMap<>(Map.of("date", day, "start", "09:30", "end", "09:00",
                "place", "中心二楼会议室", "capacity", "3", "enrolOpens", "", "enrolCloses", "", "orgLimit", "2"));
        Http.Answer late = trainer.submit(desk, desk + "/sessions", session);
        assertEquals(422, late.status());
        assertTrue(late.body(), late.body().contains("结束时间应晚于开始时间。"));
        session.put("end", "11:30");
        assertEquals(303, trainer.submit(desk, desk + "/sessions", session).status());
        assertEquals(303, trainer.submit(desk, desk + "/publish", Map.of()).status());
        String page = trainer.get(desk + "?done=published").body();
        assertTrue(page, page.contains("课程已发布。") && page.contains("已占名额 0 / 3"));
        Matcher sessionId = SESSION.matcher(page);
        assertTrue(page, sessionId.find());
        long s = Long.parseLong(sessionId.group(1));
        assertEquals(403, member.get("/training/desk").status());
        assertEquals(200, trainer.get(desk).status());
        assertEquals(200, member.get("/training/sessions/" + s + "/attendees").status());

        // named attendees: two of the organisation, a third over its limit, a name twice, no organisation
        String attendees = "/api/training/sessions/" + s + "/attendees";
        JsonNode wang = json(created(postJson(member, attendees, Map.of("name", "王五", "phone", "13800000001"))));
        assertEquals("confirmed", wang.path("enrolment").path("status").asText());
        assertTrue(assertRefused(postJson(member, attendees, Map.of("name", "王五", "email", "w@example.cn")), 409,
                null).path("detail").asText().contains("“王五”已报名本场培训"));
        created(postJson(member, attendees, Map.of("name", "赵六", "email", "zhao@example.cn")));
        assertTrue(assertRefused(postJson(member, attendees, Map.of("name", "钱七", "phone", "13800000003")), 409,
                null).path("detail").asText().contains("已达上限（2 人）"));
        JsonNode blank = assertRefused(postJson(member, attendees, Map.of("name", "")), 422, "name");
        assertEquals("请填写电子邮箱或电话（至少一项）。", blank.path("errors").path("email").asText());
        assertTrue(assertRefused(postJson(alone, attendees, Map.of("name", "李雷", "phone", "13800000004")), 409,
                null).path("detail").asText().contains("我的单位"));
        assertEquals(2, json(member.get(attendees, "Accept", "application/json")).size());
        String mine = member.get("/training/mine").body();
        assertTrue(mine, mine.contains("参训人：王五") && mine.contains("参训人：赵六"));

        // the session fills; a named place cancelled on the member's list goes to the first in line
        assertEquals("confirmed", json(created(postJson(alone, "/api/training/sessions/" + s + "/enrolments",
                null))).path("status").asText());
        Browser third = people.innovator("lu.xin@example.cn", "陆欣", "13947220003");
        assertEquals("waiting", json(created(postJson(third, "/api/training/sessions/" + s + "/enrolments",
                null))).path("status").asText());
        long wangEnrolment = wang.path("enrolment").path("id").asLong();
        assertEquals(303, member.submit("/training/mine", "/training/enrolments/" + wangEnrolment + "/cancel",
                Map.of()).status());
        assertEquals("offered", json(third.get("/api/training/enrolments", "Accept", "application/json")).path(0)
                .path("status").asText());
        String roll = trainer.get("/training/desk/sessions/" + s).body();
        assertTrue(roll, roll.contains("赵六") && roll.contains("高岩 代为报名") && roll.contains("韩梅")
                && roll.contains("递补待确认（1 人）") && roll.contains("陆欣") && roll.contains("已取消、过期或撤销（1 人）"));

        // a session is not resized below its places held; the course is rewritten as JSON
        JsonNode smaller = assertRefused(trainer.json("PUT", "/api/training/desk/sessions/" + s, CaseClient.text(
                Map.of("date", day, "start", "09:30", "end", "11:30", "place", "中心二楼会议室", "capacity", 2)),
                "X-CSRF-Token", trainer.csrfToken()), 422, "capacity");
        assertEquals("名额不能少于已报名和递补待确认的人数。", smaller.path("errors").path("capacity").asText());
        JsonNode qian = json(created(postJson(member, attendees, Map.of("name", "钱七", "phone", "13800000003"))))
                .path("enrolment");
        assertEquals("a full session: the waitlist", "waiting", qian.path("status").asText());
        String edit = "/training/desk/sessions/" + s + "/edit";
        String form = trainer.get(edit).body();
        assertTrue(form, form.contains("value=\"" + day + "\"") && form.contains("value=\"中心二楼会议室\""));
        session.put("capacity", "4");
        Http.Answer larger = trainer.submit(edit, edit, session);
        assertEquals(larger.body(), 303, larger.status());
        String resized = trainer.get(desk + "?done=sessionChanged&lang=en").body();
        assertTrue(resized, resized.contains("The session is saved.") && resized.contains("Places held 4 / 4"));
        String confirm = "/training/enrolments/" + qian.path("id").asLong() + "/confirm";
        String offered = member.get("/training/mine").body();
        assertTrue("the member confirms the place offered to 钱七: " + offered, offered.contains(confirm));
        assertEquals(303, member.submit("/training/mine", confirm, Map.of()).status());
        assertEquals("confirmed", json(member.get(attendees, "Accept", "application/json")).path(0).path("enrolment")
                .path("status").asText());
        Http.Answer renamed = trainer.json("PUT", "/api/training/desk/courses/" + id.group(1), CaseClient.text(
                Map.of("title", TITLE + "（进阶）", "audience", "enterprises", "description", "商标注册流程与品牌保护策略。",
                        "trainer", "钱讲师", "format", "on-site", "creditHours", 3)), "X-CSRF-Token",
                trainer.csrfToken());
        assertEquals(renamed.body(), 200, renamed.status());

        // cancelled with a reason: required on the page, told to each person
        Http.Answer noReason = trainer.submit(desk, desk + "/cancel", Map.of("reason", " "));
        assertEquals(422, noReason.status());
        assertTrue(noReason.body(), noReason.body().contains("请填写此项。"));
        String reason = "讲师临时出差，课程改期后另行通知。";
        assertEquals(303, trainer.submit(desk, desk + "/cancel", Map.of("reason", reason)).status());
        assertNotified(alone, TITLE, reason);
        assertNotified(member, TITLE, reason);
        String trail = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")))
                .get("/ops/audit?action=training.course.&lang=zh-CN").body();
        assertTrue(trail, trail.contains("取消培训课程") && trail.contains("修改培训课程"));
    }

    private static Http.Answer created(Http.Answer answer) {
        assertEquals(answer.body(), 201, answer.status());
        return answer;
    }
}
