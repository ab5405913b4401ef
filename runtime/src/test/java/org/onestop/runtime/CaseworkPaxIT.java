package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.CaseClient.row;
import static org.onestop.runtime.CaseClient.text;
import static org.onestop.runtime.CaseClient.trackingNumbers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

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
 * A case driven through a workflow over HTTP inside the real bundle set, with no SMTP server: the example module
 * {@code casework} dropped into {@code deploy/} offers enquiries; the operator reads the account mails in the outbox;
 * an assistance officer and an innovator set their passwords from those links; the innovator opens an enquiry (once,
 * whatever the retries), the officer claims it, reviews it and asks, the innovator answers with a PDF, the officer
 * replies and the case is closed. The applicant sees the public side of it only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CaseworkPaxIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String PASSWORD = "Meadow-Lark-2026!";
    private static final String APPLICANT = "zhou.ning@example.cn";
    private static final String OFFICER = "officer.tang@onestop.test";

    @Inject
    private BundleContext context;

    private int port;
    private Browser operator;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("casework");
    }

    @Test
    public void anEnquiryIsOpenedOnceReviewedAnsweredWithAPdfAndRepliedTo() throws Exception {
        Http.ofRunningGateway(context);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        SampleEnquiries.deploy(context, port);
        operator = Browser.operator(port);
        Browser officer = staffMember(OFFICER, "唐审查员", "assistance_officer");
        Browser applicant = innovator(APPLICANT, "周宁");

        String enquiry = text(Map.of("topic", "专利权被侵犯", "details", "我公司的实用新型专利被他人仿制销售，能否申请维权援助？"));
        String key = UUID.randomUUID().toString();
        Http.Answer first = applicant.json("POST", "/api/sample/enquiries", enquiry, "Idempotency-Key", key,
                "X-CSRF-Token", applicant.csrfToken());
        Http.Answer retried = applicant.json("POST", "/api/sample/enquiries", enquiry, "Idempotency-Key", key,
                "X-CSRF-Token", applicant.csrfToken());
        assertEquals(first.body(), 201, first.status());
        assertEquals(retried.body(), 200, retried.status());
        String tracking = json(first).path("trackingNumber").asText();
        assertTrue(tracking, tracking.matches("SQ-\\d{4}-\\d{6}"));
        assertEquals(tracking, json(retried).path("trackingNumber").asText());
        assertEquals("one case, not two", List.of(tracking), trackingNumbers(requests(applicant)));

        Http.Answer claimed = officer.json("POST", "/api/cases/" + tracking + "/claim", null, "X-CSRF-Token",
                officer.csrfToken());
        assertEquals(claimed.body(), 200, claimed.status());
        assertEquals("唐审查员", json(claimed).path("assignee").asText());
        assertEquals("review", moved(officer, tracking, "start-review", null).path("status").asText());
        assertEquals("more-info", moved(officer, tracking, "ask", "请提供专利证书及侵权产品的照片。").path("status")
                .asText());

        Http.Answer stored = applicant.upload("/api/cases/" + tracking + "/attachments", "file", "专利证书.pdf",
                "application/pdf", SampleDocuments.pdf(), "X-CSRF-Token", applicant.csrfToken());
        assertEquals(stored.body(), 201, stored.status());
        JsonNode files = json(stored);
        long pdf = (files.isArray() ? files.get(0) : files).path("id").asLong();
        assertEquals("review", moved(applicant, tracking, "answer", "证书见附件。").path("status").asText());

        JsonNode mine = json(officer.get("/api/staff/cases?view=mine", "Accept", "application/json"));
        assertEquals(mine.toString(), List.of(tracking), trackingNumbers(mine));
        JsonNode line = row(mine, tracking);
        assertEquals("review", line.path("status").asText());
        assertEquals("审核中", line.path("statusLabel").asText());
        assertEquals("唐审查员", line.path("assigneeName").asText());
        assertEquals("周宁", line.path("applicantName").asText());

        JsonNode staffSide = timeline(officer, tracking);
        JsonNode publicSide = timeline(applicant, tracking);
        assertTrue(staffSide.toString(), kinds(staffSide).contains("claimed"));
        assertFalse("the applicant does not see staff-only entries: " + publicSide,
                kinds(publicSide).contains("claimed"));
        assertEquals(List.of("start-review", "ask", "answer"), transitions(publicSide));
        assertTrue(publicSide.toString(), publicSide.toString().contains("请提供专利证书及侵权产品的照片。"));
        assertTrue("the applicant sees the PDF on the timeline: " + publicSide, StreamSupport.stream(publicSide
                .spliterator(), false).flatMap(e -> StreamSupport.stream(e.path("attachments").spliterator(), false))
                .anyMatch(f -> f.path("id").asLong() == pdf));

        JsonNode closed = moved(officer, tracking, "reply", "经核查，可申请维权援助，请于三个工作日内提交援助申请。");
        assertEquals("answered", closed.path("status").asText());
        assertTrue(closed.toString(), closed.path("closed").asBoolean());
        JsonNode request = row(requests(applicant), tracking);
        assertEquals("answered", request.path("status").asText());
        assertEquals("已答复", request.path("statusLabel").asText());
    }

    /** A staff member the operator created, who set a password from the invitation in the outbox and logged in. */
    private Browser staffMember(String email, String name, String role) {
        Http.Answer created = operator.json("POST", "/api/ops/accounts", text(Map.of("email", email, "displayName",
                name, "roles", List.of(role))), "X-CSRF-Token", operator.csrfToken());
        assertEquals(created.body(), 201, created.status());
        Browser browser = new Browser(port);
        Http.Answer set = browser.json("POST", "/api/account/password-reset", text(Map.of("token",
                MailLinks.token(linkMailedTo(email)), "password", PASSWORD)));
        assertEquals(set.body(), 200, set.status());
        return loggedIn(browser, email);
    }

    /** An innovator who registered, confirmed from the link in the outbox and logged in. */
    private Browser innovator(String email, String name) {
        Browser browser = new Browser(port);
        Http.Answer registered = browser.json("POST", "/api/account/register", text(Consent.overApi(browser,
                Map.of("email", email, "password", PASSWORD, "displayName", name, "mobile", "13912345678"))));
        assertEquals(registered.body(), 202, registered.status());
        Http.Answer confirmed = browser.json("POST", "/api/account/confirm", text(Map.of("token",
                MailLinks.token(linkMailedTo(email)))));
        assertEquals(confirmed.body(), 200, confirmed.status());
        return loggedIn(browser, email);
    }

    private Browser loggedIn(Browser browser, String email) {
        Http.Answer login = browser.json("POST", "/api/account/login", text(Map.of("email", email, "password",
                PASSWORD)));
        assertEquals(login.body(), 200, login.status());
        return browser;
    }

    /** The account link of the newest mail to {@code email}, as the operator reads it in the outbox. */
    private String linkMailedTo(String email) {
        JsonNode mail = Await.until("a mail to " + email + " in the outbox", SOON, () -> {
            JsonNode outbox = json(operator.get("/api/ops/outbox?size=50", "Accept", "application/json"));
            return StreamSupport.stream(outbox.path("items").spliterator(), false)
                    .filter(m -> email.equals(m.path("recipient").asText())).findFirst().orElse(null);
        }, found -> found != null);
        return MailLinks.in(mail.path("body").asText());
    }

    private static JsonNode moved(Browser who, String tracking, String transition, String comment) {
        Http.Answer answer = CaseClient.move(who, tracking, transition, comment, List.of());
        assertEquals(transition + ": " + answer.body(), 200, answer.status());
        return json(answer);
    }

    private static JsonNode requests(Browser applicant) {
        return json(applicant.get("/api/requests", "Accept", "application/json"));
    }

    private static JsonNode timeline(Browser who, String tracking) {
        Http.Answer answer = who.get("/api/cases/" + tracking + "/timeline", "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return json(answer);
    }

    private static List<String> kinds(JsonNode timeline) {
        return StreamSupport.stream(timeline.spliterator(), false).map(e -> e.path("kind").asText()).toList();
    }

    private static List<String> transitions(JsonNode timeline) {
        return StreamSupport.stream(timeline.spliterator(), false).filter(e -> "moved".equals(e.path("kind")
                .asText())).map(e -> e.path("transition").asText()).toList();
    }
}
