package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Admission tickets and check-in over HTTP inside the real distribution: an innovator enrols in a session starting in
 * ten minutes and is mailed (through a real SMTP server) the link of the ticket; the ticket's page shows the code,
 * the PDF carries it as a QR code that ZXing reads back; the calendar file is RFC 5545. The trainer checks the code
 * in at the door (JSON and the phone page): once, the second read refused with the time of the first, a forged code
 * and a code of another session refused with their reasons. An online session's join link checks its attendee in and
 * leads to the session's link; a later one's says when it opens.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingTicketsIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TITLE = "专利导航与布局实务";
    private static final Pattern CODE = Pattern.compile("TK-\\d+-\\d+-[0-9A-F]{32}");
    private static final String MEETING = "https://meeting.example.cn/j/20261218";

    @Inject
    private BundleContext context;

    private HallPeople people;
    private int port;

    @Configuration
    public Option[] configuration() {
        return Stream.concat(Stream.of(Gateway.options("training-tickets", Map.of(
                "org.onestop.platform.calendar.cfg", "time.zone=" + zoneForTheDay().getId()))),
                Stream.of(PdfDocuments.bundles()))
                .toArray(Option[]::new);
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
    public void aTicketIsMailedPrintedWithItsQrCodeAndCheckedInOnce() throws Exception {
        Browser trainer = people.staffMember("trainer.qian@onestop.test", "钱讲师", "trainer");
        Browser sun = people.innovator("sun.hong@example.cn", "孙红", "13947220001");
        Browser li = people.innovator("li.ming@example.cn", "李明", "13947220002");
        Browser zhou = people.innovator("zhou.jie@example.cn", "周杰", "13947220003");
        ZonedDateTime start = startingSoon();
        long course = course(trainer, TITLE, "on-site");
        long door = session(trainer, course, start, "呼和浩特市赛罕区, 中心三楼; 培训室");
        long later = session(trainer, course, start.plusDays(3), "中心二楼会议室");
        publish(trainer, course);

        long sunPlace;
        String mailed;
        try (SmtpSink smtp = SmtpSink.start()) {
            Path cfg = Path.of(context.getProperty(Gateway.WORK), "config", "org.onestop.platform.mail.cfg");
            Files.writeString(cfg, "smtp.host=127.0.0.1\nsmtp.port=" + smtp.port() + "\nsmtp.starttls=false\n"
                    + "interval.seconds=1\n");
            sunPlace = enrol(sun, door);
            SmtpSink.Received ticketMail = null;
            for (SmtpSink.Received mail = smtp.next(SOON); mail != null && ticketMail == null;
                    mail = ticketMail == null ? smtp.next(SOON) : null) {
                if (mail.subject().contains("入场凭证") && mail.header("To").contains("sun.hong@example.cn")) {
                    ticketMail = mail;
                }
            }
            assertNotNull("the ticket came by mail", ticketMail);
            mailed = ticketMail.text();
        }
        assertTrue(mailed, mailed.contains(TITLE) && mailed.contains("/training/enrolments/" + sunPlace + "/ticket"));

        // the page: the holder, the course, the code in words and as a QR code; nobody else's
        Matcher link = Pattern.compile("http://\\S+(/training/enrolments/\\d+/ticket)").matcher(mailed);
        assertTrue(mailed, link.find());
        Http.Answer page = sun.get(link.group(1));
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.body(), page.body().contains("孙红") && page.body().contains(TITLE)
                && page.body().contains("<svg") && page.body().contains("培训入场凭证"));
        Matcher shown = CODE.matcher(page.body());
        assertTrue(page.body(), shown.find());
        String code = shown.group();
        assertEquals(404, li.get("/training/enrolments/" + sunPlace + "/ticket").status());
        assertEquals(404, PdfDocuments.download(li, port, "/training/enrolments/" + sunPlace + "/ticket.pdf")
                .status());

        // the PDF: its QR code, read as a phone reads it, is the code of the page
        PdfDocuments.Download pdf = PdfDocuments.download(sun, port, "/training/enrolments/" + sunPlace
                + "/ticket.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.isPdf() && pdf.contentType().startsWith("application/pdf"));
        assertTrue(PdfDocuments.compact(PdfDocuments.text(pdf.bytes())).contains("孙红"));
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertEquals(code, qrIn(document.getPage(0)));
        }

        // the calendar file
        Http.Answer ics = sun.get("/training/enrolments/" + sunPlace + "/session.ics", "Accept", "text/calendar,*/*");
        assertEquals(200, ics.status());
        assertTrue(ics.header("Content-Type"), ics.header("Content-Type").startsWith("text/calendar"));
        String calendar = ics.body();
        String utc = start.withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime().toString().replace("-", "")
                .replace(":", "");
        assertTrue(calendar, calendar.startsWith("BEGIN:VCALENDAR\r\n") && calendar.contains("\r\nDTSTART:" + utc
                + "00Z\r\n") && calendar.replace("\r\n ", "").contains("LOCATION:呼和浩特市赛罕区\\, 中心三楼\\; 培训室"));

        // the door: let in once; again, forged, another session's: refused with the reason
        JsonNode in = json(postJson(trainer, checkIns(door), Map.of("code", code)));
        assertEquals(in.toString(), "checked-in", in.path("outcome").asText());
        assertEquals("孙红", in.path("name").asText());
        JsonNode again = assertRefused(postJson(trainer, checkIns(door), Map.of("code", code)), 409, null);
        assertTrue(again.toString(), again.path("detail").asText().contains("孙红")
                && again.path("detail").asText().contains("不能重复使用"));
        String forgedCode = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
        JsonNode forged = assertRefused(postJson(trainer, checkIns(door), Map.of("code", forgedCode)), 422, null);
        assertTrue(forged.toString(), forged.path("detail").asText().contains("不是有效的入场凭证"));
        JsonNode other = assertRefused(postJson(trainer, checkIns(later), Map.of("code", code)), 409, null);
        assertTrue(other.toString(), other.path("detail").asText().contains("另一场培训"));
        assertEquals(403, postJson(li, checkIns(door), Map.of("code", code)).status());
        String ticketPath = "/training/enrolments/" + sunPlace + "/ticket";
        String after = sun.get(ticketPath).body();
        assertTrue(after, after.contains("签到。") && after.contains("已于"));
        String english = sun.get(ticketPath + "?lang=en").body();
        assertTrue(english, english.contains("Training admission ticket") && english.contains("Download PDF")
                && english.contains("Checked in at") && !english.contains("培训入场凭证"));

        // the phone page: the code typed, the answer in large words
        long liPlace = enrol(li, door);
        String liCode = codeOn(li.get("/training/enrolments/" + liPlace + "/ticket").body());
        String desk = "/training/desk/sessions/" + door + "/check-in";
        Http.Answer form = trainer.get(desk);
        assertEquals(form.body(), 200, form.status());
        assertTrue(form.body(), form.body().contains("checkin.js") && form.body().contains("id=\"checkin-camera\""));
        Http.Answer answered = trainer.submit(desk, desk, Map.of("code", " " + liCode.toLowerCase() + " "));
        assertEquals(answered.body(), 200, answered.status());
        assertTrue(answered.body(), answered.body().contains("签到成功") && answered.body().contains("李明"));
        Http.Answer reused = trainer.submit(desk, desk, Map.of("code", liCode));
        assertEquals(409, reused.status());
        assertTrue(reused.body(), reused.body().contains("凭证已使用"));
        Http.Answer empty = trainer.submit(desk, desk, Map.of("code", " "));
        assertEquals(400, empty.status());
        assertTrue(empty.body(), empty.body().contains("请输入凭证码。") && empty.body().contains("checkin-form"));

        // online: the join link checks in and leads on during the session; a later session's says when it opens
        long online = course(trainer, "线上专利检索入门", "online");
        long now = session(trainer, online, start, MEETING);
        long next = session(trainer, online, start.plusDays(2), MEETING);
        publish(trainer, online);
        long zhouNow = enrol(zhou, now);
        long zhouNext = enrol(zhou, next);
        Http.Answer joined = zhou.get("/training/enrolments/" + zhouNow + "/join");
        assertEquals(joined.body(), 303, joined.status());
        assertEquals(MEETING, joined.header("Location"));
        assertEquals(303, zhou.get("/training/enrolments/" + zhouNow + "/join").status());
        String zhouCode = codeOn(zhou.get("/training/enrolments/" + zhouNow + "/ticket").body());
        assertRefused(postJson(trainer, checkIns(now), Map.of("code", zhouCode)), 409, null);
        Http.Answer early = zhou.get("/training/enrolments/" + zhouNext + "/join");
        assertEquals(409, early.status());
        assertTrue(early.body(), early.body().contains("线上培训链接将于") && early.body().contains("开放"));
        assertEquals(404, sun.get("/training/enrolments/" + zhouNow + "/join").status());
        Http.Answer cancelled = zhou.submit("/training/sessions/" + next, "/training/enrolments/" + zhouNext
                + "/cancel", Map.of());
        assertEquals("the session's own page steps still answer beside the ticket's: " + cancelled.body(), 303,
                cancelled.status());
        assertEquals(409, zhou.get("/training/enrolments/" + zhouNext + "/ticket").status());

        String trail = Browser.operator(port).get("/api/ops/audit?action=training.attendance&size=50", "Accept",
                "application/json").body();
        assertTrue(trail, trail.contains("training.attendance.door") && trail.contains("training.attendance.online")
                && trail.contains("enrolment:" + sunPlace));
    }

    /**
     * The centre's zone for this run: Shanghai, unless its day ends within two hours (a session ends on the day it
     * starts, and the test needs one starting soon): then a zone twelve hours behind, where it is about midday.
     */
    private static ZoneId zoneForTheDay() {
        return ZonedDateTime.now(SHANGHAI).getHour() < 22 ? SHANGHAI : ZoneId.of("Etc/GMT+4");
    }

    /** A start ten minutes from now in the centre's zone as the gateway was given it, with its day not ending soon. */
    private ZonedDateTime startingSoon() throws Exception {
        Path calendar = Path.of(context.getProperty(Gateway.WORK), "config", "org.onestop.platform.calendar.cfg");
        String zone = Files.readAllLines(calendar).stream().filter(line -> line.startsWith("time.zone="))
                .reduce((first, last) -> last).orElseThrow().substring("time.zone=".length()).trim();
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of(zone)).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        assertTrue("a start with the day not ending before the session: " + start,
                start.toLocalTime().isBefore(LocalTime.of(23, 0)));
        return start;
    }

    private static long course(Browser trainer, String title, String format) {
        Http.Answer created = postJson(trainer, "/api/training/desk/courses", Map.of("title", title, "audience",
                "enterprises", "description", "专利信息利用。", "trainer", "钱讲师", "format", format, "creditHours", 3));
        assertEquals(created.body(), 201, created.status());
        return json(created).path("id").asLong();
    }

    private static long session(Browser trainer, long course, ZonedDateTime start, String place) {
        LocalTime end = start.toLocalTime().isAfter(LocalTime.of(22, 39)) ? LocalTime.of(23, 59)
                : start.toLocalTime().plusMinutes(80);
        Map<String, Object> plan = new HashMap<>(Map.of("date", start.toLocalDate().toString(), "start",
                start.toLocalTime().toString(), "end", end.toString(), "place", place, "capacity", 5, "orgLimit",
                0));
        Http.Answer added = postJson(trainer, "/api/training/desk/courses/" + course + "/sessions", plan);
        assertEquals(added.body(), 201, added.status());
        return json(added).path("id").asLong();
    }

    private static void publish(Browser trainer, long course) {
        Http.Answer published = postJson(trainer, "/api/training/desk/courses/" + course + "/publish", null);
        assertEquals(published.body(), 200, published.status());
    }

    private static long enrol(Browser who, long session) {
        Http.Answer answer = postJson(who, "/api/training/sessions/" + session + "/enrolments", null);
        assertEquals(answer.body(), 201, answer.status());
        assertEquals("confirmed", json(answer).path("status").asText());
        return json(answer).path("id").asLong();
    }

    private static String checkIns(long session) {
        return "/api/training/desk/sessions/" + session + "/check-ins";
    }

    private static String codeOn(String page) {
        Matcher code = CODE.matcher(page);
        assertTrue(page, code.find());
        return code.group();
    }

    /** The text of the QR code printed on a PDF page, read with ZXing as a phone reads it. */
    private static String qrIn(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0,
                        picture.getWidth());
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                        picture.getWidth(), picture.getHeight(), pixels)))).getText();
            }
        }
        throw new AssertionError("no picture on the ticket's page");
    }
}
