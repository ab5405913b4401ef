package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
 * Training statistics over HTTP inside the real distribution: a trainer's session of three places, four innovators
 * enrol (the fourth waits); the supervisor reads the course's row as JSON (full, one waiting), the spreadsheet and the
 * page in Chinese, a bad month is a problem document in the reader's language, innovators are refused. The gateway
 * started with the distribution's demo content, so its catalogue holds the demo courses.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingStatisticsIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String TITLE = "专利导航与布局实务";

    @Inject
    private BundleContext context;

    private HallPeople people;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("training-statistics");
    }

    @Before
    public void theTrainingModuleAnswers() {
        Http http = Http.ofRunningGateway(context);
        Await.until("the training module", SOON, () -> http.get("/api/training/sessions", "Accept",
                "application/json"), a -> a.status() == 200);
        people = new HallPeople(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
    }

    @Test
    public void trainersAndSupervisorsReadTheFiguresAsPageCsvAndJson() {
        Browser trainer = people.staffMember("trainer.qian@onestop.test", "钱讲师", "trainer");
        Browser supervisor = people.staffMember("supervisor.he@onestop.test", "何主管", "supervisor");
        List<Browser> innovators = List.of(people.innovator("ma.lan@example.cn", "马兰", "13947220001"),
                people.innovator("gao.yu@example.cn", "高宇", "13947220002"),
                people.innovator("lin.na@example.cn", "林娜", "13947220003"),
                people.innovator("bai.tao@example.cn", "白涛", "13947220004"));

        Http.Answer created = postJson(trainer, "/api/training/desk/courses", Map.of("title", TITLE, "audience",
                "enterprises", "description", "专利导航分析与专利布局。", "trainer", "钱讲师", "format", "on-site",
                "creditHours", 3));
        assertEquals(created.body(), 201, created.status());
        long course = json(created).path("id").asLong();
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(9).toString();
        Http.Answer added = postJson(trainer, "/api/training/desk/courses/" + course + "/sessions", Map.of("date",
                day, "start", "09:00", "end", "12:00", "place", "呼和浩特市 中心三楼培训室", "capacity", 3));
        assertEquals(added.body(), 201, added.status());
        long session = json(added).path("id").asLong();
        assertEquals(200, postJson(trainer, "/api/training/desk/courses/" + course + "/publish", null).status());
        for (Browser innovator : innovators) {
            Http.Answer enrolled = postJson(innovator, "/api/training/sessions/" + session + "/enrolments", null);
            assertEquals(enrolled.body(), 201, enrolled.status());
        }

        // JSON: the course's row and its month, for the supervisor and the trainer alike
        String month = day.substring(0, 7);
        Http.Answer answer = supervisor.get("/api/training/statistics?from=" + month + "&to=" + month, "Accept",
                "application/json");
        assertEquals(answer.body(), 200, answer.status());
        JsonNode report = json(answer);
        JsonNode row = group(report, "byCourse", Long.toString(course));
        assertEquals(row.toString(), TITLE, row.path("label").path("zh").asText());
        JsonNode figures = row.path("figures");
        assertEquals(figures.toString(), 1, figures.path("sessions").asLong());
        assertEquals(3, figures.path("capacity").asLong());
        assertEquals(4, figures.path("enrolments").asLong());
        assertEquals(3, figures.path("confirmed").asLong());
        assertEquals(1, figures.path("waiting").asLong());
        assertEquals(1.0, figures.path("fillRate").asDouble(), 1e-9);
        assertEquals("not ended: nothing attended yet", 0, figures.path("ended").asLong());
        assertTrue(figures.toString(), figures.path("attendanceRate").isNull());
        assertEquals("企业", group(report, "byAudience", "enterprises").path("label").path("zh").asText());
        assertEquals(report.path("total").path("sessions").asLong(), group(report, "byMonth", month)
                .path("figures").path("sessions").asLong());
        assertEquals(200, trainer.get("/api/training/statistics", "Accept", "application/json").status());

        // the spreadsheet: UTF-8 with a byte order mark, the course's row in the reader's language
        Http.Answer csv = supervisor.get("/api/training/statistics/sessions.csv?from=" + month + "&to=" + month);
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition"), csv.header("Content-Disposition")
                .contains("training-statistics-" + month + "-" + month + ".csv"));
        byte[] bytes = csv.body().getBytes(StandardCharsets.UTF_8);
        assertEquals("a byte order mark", "\uFEFF", new String(bytes, 0, 3, StandardCharsets.UTF_8));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFF培训统计") && csv.body().contains("\r\n课程," + course
                + "," + TITLE + ",1,0,3,4,3,1,100.0%,0,0,,0\r\n"));

        // the page, Chinese only, linked from the catalogue for trainers and supervisors
        Http.Answer page = supervisor.get("/training/statistics?from=" + month + "&to=" + month + "&lang=zh-CN");
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.body(), page.body().contains("培训统计") && page.body().contains(TITLE)
                && page.body().contains("满员率") && page.body().contains("100.0%") && page.body().contains("出勤率")
                && page.body().contains("href=\"/api/training/statistics/sessions.csv?from=" + month));
        assertFalse("no codes on the Chinese page", page.body().contains(">enterprises<"));
        assertTrue(trainer.get("/training").body().contains("href=\"/training/statistics\""));
        assertFalse(innovators.get(0).get("/training").body().contains("href=\"/training/statistics\""));
        Http.Answer english = supervisor.get("/training/statistics?lang=en");
        assertTrue(english.body(), english.body().contains("Fill rate") && english.body().contains("No-shows"));

        // a month that cannot be read: the reason in the reader's language
        JsonNode bad = assertRefused(supervisor.get("/api/training/statistics?from=2026-13", "Accept",
                "application/json"), 400, null);
        assertTrue(bad.toString(), bad.path("detail").asText().contains("“2026-13”不是有效的月份"));
        Http.Answer badPage = supervisor.get("/training/statistics?to=2026-1x&lang=en");
        assertEquals(400, badPage.status());
        assertTrue(badPage.body(), badPage.body().contains("2026-1x")
                && badPage.body().contains("is not a month: write it as yyyy-MM"));

        // innovators are refused, strangers asked to sign in
        for (Browser innovator : innovators) {
            assertEquals(403, innovator.get("/api/training/statistics", "Accept", "application/json").status());
            assertEquals(403, innovator.get("/api/training/statistics/sessions.csv").status());
            assertEquals(403, innovator.get("/training/statistics").status());
        }
        assertEquals(401, new Browser(Integer.parseInt(context.getProperty("org.osgi.service.http.port")))
                .get("/api/training/statistics", "Accept", "application/json").status());
    }

    @Test
    public void theDemoCatalogueShowsCoursesForEveryAudienceWithSessionsToCome() {
        Http http = Http.ofRunningGateway(context);
        JsonNode found = json(http.get("/api/training/sessions?q=" + java.net.URLEncoder.encode("专利检索实务",
                StandardCharsets.UTF_8), "Accept", "application/json"));
        assertEquals(found.toString(), 2, found.path("total").asInt());
        for (String audience : List.of("enterprises", "schools", "examiners", "public")) {
            JsonNode some = json(http.get("/api/training/sessions?audience=" + audience, "Accept",
                    "application/json"));
            assertTrue(audience + ": " + some, some.path("total").asInt() >= 1);
        }
        String page = http.get("/training?lang=zh-CN").body();
        assertTrue(page, page.contains("商标注册与保护") && page.contains("知识产权进校园"));
    }

    private static JsonNode group(JsonNode report, String breakdown, String key) {
        return StreamSupport.stream(report.path(breakdown).spliterator(), false)
                .filter(g -> g.path("key").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + breakdown + ": " + report));
    }
}
