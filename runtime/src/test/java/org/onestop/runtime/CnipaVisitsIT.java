package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.claimed;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The patent office's business at the window over HTTP inside the real distribution, the hall's queue running beside
 * it: a window clerk's edit of the patent pledge's entry becomes its next version, which the routing guide leads an
 * innovator to, dated; the innovator sends the materials of a patent pledge (a business done online is refused); a
 * window clerk answers with one list of two problems; the applicant uploads the corrected materials; a second list
 * with an item not marked new is refused, then the clerk finds them complete; the applicant's case page shows the
 * first list and the link to book the pledge window with the tracking number, a link that is gone while the hall's
 * queue is stopped and back when it runs again; the clerk records the patent office's receipt and closes the case
 * with its outcome on the close form (an outcome that does not fit, or a refusal without its reason, refused); a
 * supervisor reads the statistics. An innovator may not answer (403), another innovator sees nothing (404).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CnipaVisitsIT {

    private static final Duration SOON = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    private HallPeople people;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("cnipa-visits");
    }

    @Before
    public void theVisitsAnswer() {
        Http http = Http.ofRunningGateway(context);
        Await.until("the pre-checked visits", SOON, () -> http.get("/cnipa/visits", "Accept", "text/html"),
                a -> a.status() == 303);
        people = new HallPeople(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
    }

    @Test
    public void aVisitIsPreCheckedCorrectedFoundCompleteBookedReceivedAndClosed() throws Exception {
        Browser clerk = people.staffMember("clerk.li@onestop.test", "李窗口", "counter_clerk");
        Browser supervisor = people.staffMember("head.zhao@onestop.test", "赵主任", "supervisor");
        Browser applicant = people.innovator("gao.lin@example.cn", "高林", "13947211111");
        Browser outsider = people.innovator("ma.jun@example.cn", "马军", "13947222222");

        // a clerk's edit of the pledge's entry is its version 2, dated on the public page the guide leads to
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode before = json(applicant.get("/api/cnipa/catalogue/patent-pledge", "Accept", "application/json"));
        ObjectNode edit = before.deepCopy();
        edit.put("bringZh", "请携带质押合同原件、出质人和质权人的身份证明原件。");
        edit.put("version", before.path("version").asInt());
        Http.Answer edited = clerk.json("PUT", "/api/cnipa/catalogue/patent-pledge", edit.toString(),
                "X-CSRF-Token", clerk.csrfToken());
        assertEquals(edited.body(), 200, edited.status());
        assertEquals(before.path("version").asInt() + 1, json(edited).path("version").asInt());
        String guide = applicant.get("/cnipa/guide").body();
        String patent = applicant.get(link(guide, "专利业务")).body();
        String entry = applicant.get(link(patent, "用专利权质押融资（质押登记）")).body();
        assertTrue(entry, entry.contains("请携带质押合同原件、出质人和质权人的身份证明原件。")
                && entry.contains("本页内容版本日期：" + today) && entry.contains("href=\"/cnipa/visits\""));

        String start = applicant.get("/cnipa/visits").body();
        assertTrue("the start page, in Chinese, with the window's business only: " + start,
                start.contains("窗口业务材料预审") && start.contains("专利权质押登记") && !start.contains("专利费用减缴备案"));
        assertRefused(materials("fee-reduction").postAs(applicant, "/api/cnipa/visits"), 422, "business");
        Http.Answer started = materials("patent-pledge").field("note", "专利权质押登记，出质人为本公司")
                .postAs(applicant, "/api/cnipa/visits", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(started.body(), 201, started.status());
        String tracking = json(started).path("trackingNumber").asText();
        assertTrue(tracking, tracking.matches("CN-\\d{4}-\\d{6}"));
        assertEquals(404, outsider.get("/api/cnipa/visits/" + tracking, "Accept", "application/json").status());

        // one list, item by item; an innovator may not answer
        Map<String, Object> list = Map.of("complete", false, "problems", List.of(
                Map.of("text", "质押合同缺少出质人签章"), Map.of("text", "缺少专利权评价报告")));
        assertEquals(403, postJson(applicant, "/api/cnipa/visits/" + tracking + "/answer", list).status());
        claimed(clerk, tracking);
        String form = clerk.get("/cnipa/visits/" + tracking + "/answer").body();
        assertEquals("three empty rows: " + form, 3, form.split("name=\"text\"", -1).length - 1);
        Http.Answer more = clerk.submit("/cnipa/visits/" + tracking + "/answer", "/cnipa/visits/" + tracking
                + "/answer", Map.of("decision", "problems", "text", "质押合同缺少出质人签章", "action", "more"));
        assertEquals(more.body(), 200, more.status());
        assertEquals("the typed row and three more, without any script", 4,
                more.body().split("name=\"text\"", -1).length - 1);
        assertTrue(more.body().contains("value=\"质押合同缺少出质人签章\""));
        Http.Answer answered = postJson(clerk, "/api/cnipa/visits/" + tracking + "/answer", list);
        assertEquals(answered.body(), 200, answered.status());
        JsonNode visit = json(answered).path("visit");
        assertEquals("correction", visit.path("status").asText());
        assertEquals(2, visit.path("rounds").path(0).path("problems").size());

        // the corrected upload: its page lists what to correct; a new round, the clerk's clock again
        String correction = applicant.get("/cnipa/visits/" + tracking + "/correction").body();
        assertTrue(correction, correction.contains("质押合同缺少出质人签章") && correction.contains("缺少专利权评价报告"));
        Http.Answer corrected = new MultipartForm().field("note", "已补签章并附评价报告")
                .pdf("materials", "质押合同（补正）.pdf", SampleDocuments.pdf())
                .postAs(applicant, "/api/cnipa/visits/" + tracking + "/correction");
        assertEquals(corrected.body(), 200, corrected.status());
        assertEquals("submitted", json(corrected).path("visit").path("status").asText());
        assertEquals(2, json(corrected).path("visit").path("rounds").size());
        String second = clerk.get("/cnipa/visits/" + tracking + "/answer").body();
        assertTrue("the first list beside the second: " + second, second.contains("质押合同缺少出质人签章")
                && second.contains("name=\"isNew\""));

        // a second list only with new items and their reason; then complete
        assertRefused(postJson(clerk, "/api/cnipa/visits/" + tracking + "/answer", Map.of("complete", false,
                "problems", List.of(Map.of("text", "评价报告复印件不清晰")))), 422, "problems");
        Http.Answer complete = postJson(clerk, "/api/cnipa/visits/" + tracking + "/answer",
                Map.of("complete", true, "problems", List.of()));
        assertEquals(complete.body(), 200, complete.status());
        JsonNode sheet = json(applicant.get("/api/cnipa/visits/" + tracking, "Accept", "application/json"));
        assertEquals("complete", sheet.path("visit").path("status").asText());
        assertEquals("/ticketing/appointments/new?service=pledge&ref=" + tracking, sheet.path("booking").asText());
        String page = applicant.get("/requests/" + tracking).body();
        assertTrue("the first list and the booking link: " + page, page.contains("质押合同缺少出质人签章")
                && page.contains("/ticketing/appointments/new?service=pledge&amp;ref=" + tracking));

        // without the hall's queue there is no link; it comes back with the queue
        Bundle ticketing = Arrays.stream(context.getBundles()).filter(b -> "org.onestop.ticketing".equals(
                b.getSymbolicName())).findFirst().orElseThrow();
        ticketing.stop();
        try {
            Await.until("the visit without the hall's link", SOON, () -> applicant.get("/api/cnipa/visits/"
                    + tracking, "Accept", "application/json"), a -> a.status() == 200
                            && json(a).path("booking").isNull());
            assertFalse(applicant.get("/requests/" + tracking).body().contains("/ticketing/appointments/new"));
        } finally {
            ticketing.start();
        }
        Await.until("the hall's link again", SOON, () -> applicant.get("/api/cnipa/visits/" + tracking, "Accept",
                "application/json"), a -> a.status() == 200 && json(a).path("booking").asText("").endsWith(tracking));

        // the receipt at the window, then the closing with its outcome: "received and completed" needs the receipt
        assertRefused(postJson(clerk, "/api/cnipa/visits/" + tracking + "/close", Map.of("outcome", "accepted")),
                422, "outcome");
        assertTrue("the receipt's date starts at today", clerk.get("/cnipa/visits/" + tracking + "/receipt").body()
                .contains("name=\"date\" type=\"date\" value=\"" + today + "\""));
        assertRefused(postJson(clerk, "/api/cnipa/visits/" + tracking + "/receipt", Map.of("number", "",
                "date", today)), 422, "number");
        Http.Answer received = postJson(clerk, "/api/cnipa/visits/" + tracking + "/receipt",
                Map.of("number", "ZY2026120100017", "date", today));
        assertEquals(received.body(), 200, received.status());
        assertEquals("received", json(received).path("visit").path("status").asText());
        assertRefused(postJson(clerk, "/api/cnipa/visits/" + tracking + "/close", Map.of("outcome",
                "not-accepted", "reason", " ")), 422, "reason");
        String closeForm = clerk.get("/cnipa/visits/" + tracking + "/close").body();
        assertTrue(closeForm, closeForm.contains("value=\"accepted\"") && closeForm.contains("专利局不予受理")
                && closeForm.contains("申请人未到窗口"));
        Http.Answer closing = clerk.submit("/cnipa/visits/" + tracking + "/close", "/cnipa/visits/" + tracking
                + "/close", Map.of("outcome", "accepted", "reason", "质押登记已办结"));
        assertEquals(closing.body(), 303, closing.status());
        JsonNode closed = json(applicant.get("/api/cnipa/visits/" + tracking, "Accept", "application/json"));
        assertEquals("closed", closed.path("visit").path("status").asText());
        assertEquals("accepted", closed.path("visit").path("outcome").asText());
        assertEquals("质押登记已办结", closed.path("visit").path("outcomeReason").asText());
        assertEquals("ZY2026120100017", closed.path("visit").path("receiptNumber").asText());
        assertEquals("", closed.path("booking").asText(""));
        String closedPage = applicant.get("/requests/" + tracking).body();
        assertTrue(closedPage, closedPage.contains("办结结果") && closedPage.contains("已受理并办结"));

        // the statistics for supervisors only
        assertEquals(403, applicant.get("/api/cnipa/statistics", "Accept", "application/json").status());
        JsonNode report = json(supervisor.get("/api/cnipa/statistics", "Accept", "application/json"));
        assertEquals(report.toString(), 1, report.path("total").path("prechecked").asInt());
        assertEquals(0.0, report.path("total").path("shareCompleteFirst").asDouble(), 0.0001);
        assertEquals("accepted", report.path("byOutcome").path(0).path("key").asText());
        assertEquals(1, report.path("byOutcome").path(0).path("visits").asInt());
        assertTrue(supervisor.get("/cnipa/statistics.csv").body().contains("办结结果,accepted,已受理并办结,1"));
    }

    /** The address of the link whose text is {@code text} on {@code html}. */
    private static String link(String html, String text) {
        Matcher found = Pattern.compile("href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text) + "<").matcher(html);
        assertTrue("a link " + text + ": " + html, found.find());
        return found.group(1);
    }

    private static MultipartForm materials(String business) {
        return new MultipartForm().field("business", business).pdf("materials", "质押合同.pdf",
                SampleDocuments.pdf());
    }
}
