package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.options.FrameworkPropertyOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * After a training session, over HTTP inside the real distribution. The gateway has no clock to move, so the trainer
 * gives a course a real session of one minute that starts at the next whole minute at least half a minute away; two
 * innovators enrol, the trainer marks one of them at the desk (the other never comes), and the test waits for the
 * session to end. Then: the attendance list as JSON and CSV (UTF-8 with a byte order mark, the time in Shanghai, the
 * no-show), the attendee's record with the credit hours, the certificate's PDF read back, the public verification page and its JSON twin
 * (the name masked), a certificate nobody holds, and the absent person's no-show; the attendee's invitation to rate
 * the session (the sweep runs every minute here), read and rated over HTTP, and none for the absent person.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingRecordIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TITLE = "商标侵权判定实务";

    @Inject
    private BundleContext context;

    private HallPeople people;
    private int port;

    @Configuration
    public Option[] configuration() {
        Option[] gateway = Gateway.options("training-record");
        sweepEveryMinute(gateway);
        return Stream.concat(Stream.of(gateway), Stream.of(PdfDocuments.bundles())).toArray(Option[]::new);
    }

    /** The training sweep (reminders, rating invitations) every minute in the gateway's copy of the settings. */
    private static void sweepEveryMinute(Option[] gateway) {
        String work = Stream.of(gateway).filter(o -> o instanceof FrameworkPropertyOption p
                && Gateway.WORK.equals(p.getKey())).map(o -> String.valueOf(((FrameworkPropertyOption) o)
                        .getValue())).findFirst().orElseThrow();
        Path cfg = Path.of(work, "config", "org.onestop.training.cfg");
        try {
            Files.writeString(cfg, Files.readString(cfg).replace("sweep.minutes=5", "sweep.minutes=1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Before
    public void theTrainingModuleAnswers() {
        Http http = Http.ofRunningGateway(context);
        Await.until("the training module", SOON, () -> http.get("/api/training/sessions", "Accept",
                "application/json"), a -> a.status() == 200);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        people = new HallPeople(port);
    }

    @Test
    public void theTrainerMarksAttendanceAndTheAttendeeGetsAVerifiableCertificate() {
        Browser trainer = people.staffMember("trainer.qian@onestop.test", "钱讲师", "trainer");
        Browser came = people.innovator("zheng.hua@example.cn", "郑华", "13947220001");
        String organisation = "呼和浩特某新材料有限公司";
        HallPeople.organisation(came, organisation, RegistryNumbers.creditCode("91150100MA0N0K7D3"), "呼和浩特市金川开发区",
                "郑华", "13947220001");
        Browser absent = people.innovator("feng.lei@example.cn", "冯磊", "13947220002");

        // a session of one minute, starting at the next whole minute at least half a minute away (enrolment closes at
        // the start), on one day of Shanghai
        ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
        ZonedDateTime start = now.plusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        if (start.isBefore(now.plusSeconds(30))) {
            start = start.plusMinutes(1);
        }
        if (!start.toLocalDate().equals(start.plusMinutes(1).toLocalDate())) {
            start = start.plusMinutes(2);
        }
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        long course = json(postJson(trainer, "/api/training/desk/courses", Map.of("title", TITLE, "audience",
                "enterprises", "description", "商标近似与混淆可能性的判断。", "trainer", "钱讲师", "format", "on-site",
                "creditHours", 3))).path("id").asLong();
        Http.Answer added = postJson(trainer, "/api/training/desk/courses/" + course + "/sessions", Map.of("date",
                start.toLocalDate().toString(), "start", hhmm.format(start), "end", hhmm.format(start.plusMinutes(1)),
                "place", "中心二楼报告厅", "capacity", 5, "orgLimit", 0));
        assertEquals(added.body(), 201, added.status());
        long session = json(added).path("id").asLong();
        assertEquals(200, postJson(trainer, "/api/training/desk/courses/" + course + "/publish", null).status());
        long mine = enrol(came, session);
        long theirs = enrol(absent, session);

        // the trainer marks the one who came at the desk; twice is refused with the time, an innovator may not
        String desk = "/api/training/desk/attendance/" + session + "/enrolments/";
        Http.Answer marked = postJson(trainer, desk + mine, null);
        assertEquals(marked.body(), 200, marked.status());
        assertEquals("desk", json(marked).path("way").asText());
        Instant checkedIn = Instant.parse(json(marked).path("checkedInAt").asText());
        String shanghai = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(checkedIn.atZone(SHANGHAI));
        JsonNode again = assertRefused(postJson(trainer, desk + mine, null), 409, null);
        assertTrue(again.toString(), again.path("detail").asText().contains("该学员已于 " + shanghai + " 签到"));
        assertRefused(postJson(trainer, desk + 999_999, null), 404, null);
        assertEquals(403, postJson(came, desk + mine, null).status());
        JsonNode during = json(trainer.get("/api/training/desk/attendance/" + session, "Accept",
                "application/json"));
        assertEquals(during.toString(), "[\"attended\",\"expected\"]", statuses(during));
        JsonNode running = record(came);
        assertEquals(running.toString(), 1, running.path("attended").size());
        assertTrue("no certificate before the end", running.path("certificates").isEmpty());

        // after the end: the list with its no-show, as CSV too
        JsonNode ended = Await.until("the session's end", Duration.ofMinutes(5), () -> json(trainer.get(
                "/api/training/desk/attendance/" + session, "Accept", "application/json")),
                list -> list.path("ended").asBoolean());
        assertEquals(ended.toString(), "[\"attended\",\"no-show\"]", statuses(ended));
        assertEquals(1, ended.path("noShows").asInt());
        Http.Answer csv = trainer.get("/api/training/desk/attendance/" + session + ".csv?lang=zh-CN");
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue("a byte order mark first", csv.body().startsWith("\uFEFF姓名,电子邮箱,单位,出勤情况,签到时间（北京时间）"));
        assertTrue(csv.body(), csv.body().contains("郑华,zheng.hua@example.cn," + organisation + ",已签到," + shanghai
                + ",现场登记\r\n"));
        assertTrue(csv.body(), csv.body().contains("冯磊,feng.lei@example.cn,,缺席,,\r\n"));

        // the record: three credit hours and a certificate whose PDF says so
        JsonNode record = record(came);
        assertEquals(record.toString(), 3, record.path("totalHours").asInt());
        String number = record.path("certificates").path(0).path("number").asText();
        assertTrue(number, number.matches("20[0-9]{2}(-[2-9A-HJ-NP-Z]{4}){3}"));
        assertEquals(number, record.path("attended").path(0).path("certificate").asText());
        String page = came.get("/training/record").body();
        assertTrue(page, page.contains("累计学时：3 学时") && page.contains("/training/record/certificates/" + number));
        PdfDocuments.Download pdf = PdfDocuments.download(came, port, "/training/record/certificates/" + number);
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.isPdf());
        String text = PdfDocuments.compact(PdfDocuments.text(pdf.bytes()));
        for (String words : new String[] {"参训证明", "郑华", TITLE, "3学时", number, "/training/certificates/" + number,
                start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日"}) {
            assertTrue(words + " in " + text, text.contains(words));
        }
        assertEquals("another person's certificate", 404, PdfDocuments.download(absent, port,
                "/training/record/certificates/" + number).status());
        JsonNode missed = record(absent);
        assertEquals(missed.toString(), 1, missed.path("noShows").size());
        assertEquals(theirs, missed.path("noShows").path(0).path("enrolmentId").asLong());
        assertEquals(0, missed.path("totalHours").asInt());

        // the sweep invites the attendee once to rate the session (好差评), not the absent person; rated over HTTP
        JsonNode invited = Await.until("the invitation to rate the session", Duration.ofMinutes(3),
                () -> trainingRatings(came), list -> list.size() == 1).get(0);
        String rating = invited.path("trackingNumber").asText();
        assertTrue(invited.toString(), rating.matches("RATE-20[0-9]{2}-[0-9]{6}")
                && invited.path("title").asText().startsWith(TITLE + "（") && !invited.path("rated").asBoolean());
        assertEquals(invited.toString(), "[\"content\",\"trainer\",\"organisation\"]", CaseClient.text(
                StreamSupport.stream(invited.path("dimensions").spliterator(), false)
                        .map(d -> d.path("code").asText()).toList()));
        assertTrue("told in the app", came.get("/api/notifications", "Accept", "application/json").body()
                .contains("/ratings/" + rating));
        String ratingPage = came.get("/ratings/" + rating + "?lang=zh-CN").body();
        assertTrue(ratingPage, ratingPage.contains(TITLE) && ratingPage.contains("讲师水平"));
        assertEquals(404, absent.get("/api/ratings/" + rating, "Accept", "application/json").status());
        Http.Answer rated = postJson(came, "/api/ratings/" + rating, Map.of("level", "very-satisfied",
                "dimensions", Map.of("content", "very-satisfied", "trainer", "satisfied", "organisation",
                        "satisfied"), "comment", "案例贴近实际"));
        assertEquals(rated.body(), 201, rated.status());
        assertTrue(json(rated).path("rated").asBoolean());
        assertEquals(409, postJson(came, "/api/ratings/" + rating, Map.of("level", "satisfied", "dimensions",
                Map.of("content", "satisfied", "trainer", "satisfied", "organisation", "satisfied"))).status());
        assertTrue("the absent person is not invited", trainingRatings(absent).isEmpty());

        // anyone verifies it, without signing in; the name is masked
        Browser stranger = new Browser(port);
        Http.Answer verified = stranger.get("/training/certificates/" + number + "?lang=zh-CN");
        assertEquals(verified.body(), 200, verified.status());
        assertTrue(verified.body(), verified.body().contains("证书有效") && verified.body().contains("郑*")
                && verified.body().contains(TITLE) && verified.body().contains("3 学时"));
        assertFalse("the full name stays private", verified.body().contains("郑华"));
        JsonNode twin = json(stranger.get("/api/training/certificates/" + number.toLowerCase(), "Accept",
                "application/json"));
        assertEquals(twin.toString(), "郑*", twin.path("holder").asText());
        assertTrue(twin.path("valid").asBoolean());
        assertEquals(3, twin.path("creditHours").asInt());
        assertEquals(start.toLocalDate().toString(), twin.path("heldOn").asText());
        Http.Answer unknown = stranger.get("/training/certificates/2026-AAAA-BBBB-CCCC?lang=zh-CN");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("未查到该编号的参训证明"));
        JsonNode none = assertRefused(stranger.get("/api/training/certificates/2026-AAAA-BBBB-CCCC", "Accept",
                "application/json"), 404, null);
        assertTrue(none.toString(), none.path("detail").asText().contains("未查到该编号的参训证明"));
    }

    private static List<JsonNode> trainingRatings(Browser who) {
        Http.Answer answer = who.get("/api/ratings/mine", "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return StreamSupport.stream(json(answer).path("items").spliterator(), false)
                .filter(r -> "training".equals(r.path("module").asText())).toList();
    }

    private static long enrol(Browser who, long session) {
        Http.Answer answer = postJson(who, "/api/training/sessions/" + session + "/enrolments", null);
        assertEquals(answer.body(), 201, answer.status());
        assertEquals("confirmed", json(answer).path("status").asText());
        return json(answer).path("id").asLong();
    }

    private static JsonNode record(Browser who) {
        Http.Answer answer = who.get("/api/training/record", "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return json(answer);
    }

    private static String statuses(JsonNode list) {
        return CaseClient.text(java.util.stream.StreamSupport.stream(list.path("attendees").spliterator(), false)
                .map(a -> a.path("status").asText()).toList());
    }
}
