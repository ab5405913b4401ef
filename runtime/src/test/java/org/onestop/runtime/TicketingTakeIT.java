package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.nio.file.Path;
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
 * Taking numbers of the hall over HTTP inside the real distribution, the hall open all day every day (its hours and
 * the working calendar set as an operator would): a visitor who is not signed in takes a number online, reads its
 * JSON and its page, cancels it and is refused a fourth number within the hour; the kiosk (the gateway's own
 * address) takes one with a form and is led to the slip; a signed-in visitor takes one and is refused a second of
 * the same service, a visitor may not take one at reception, a clerk does.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketingTakeIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    private BundleContext context;

    private HallPeople people;
    private int port;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("ticketing-take");
    }

    @Before
    public void theHallIsOpenAllDay() {
        Http http = Http.ofRunningGateway(context);
        Await.until("the ticketing module", SOON, () -> http.get("/api/ticketing/services", "Accept",
                "application/json"), a -> a.status() == 200);
        Path config = GatewayConfigFiles.folderOf(context);
        GatewayConfigFiles.set(config, "org.onestop.platform.calendar.cfg", Map.of("weekend.days", "",
                "holidays", "", "workdays", LocalDate.now(SHANGHAI).toString()));
        GatewayConfigFiles.set(config, "org.onestop.ticketing.cfg", Map.of("opens", "00:00", "closes", "23:59",
                "break.time", ""));
        Await.until("the hall open all day", SOON, () -> http.get("/ticketing", "Accept", "text/html"),
                a -> a.status() == 200 && a.body().contains("00:00–23:59"));
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        people = new HallPeople(port);
    }

    @Test
    public void aVisitorTakesANumberOnlineFollowsItAndCancelsIt() {
        Browser visitor = new Browser(port);
        long enquiry = service(visitor, "enquiry").path("id").asLong();
        Http.Answer taken = visitor.json("POST", "/api/ticketing/tickets", "{\"serviceId\":" + enquiry + "}");
        assertEquals(taken.body(), 201, taken.status());
        JsonNode ticket = json(taken);
        String key = ticket.path("key").asText();
        assertTrue(ticket.toString(), ticket.path("number").asText().matches("F\\d{3}"));
        assertEquals("waiting", ticket.path("status").asText());
        assertEquals("排队中", ticket.path("statusLabel").asText());
        assertEquals("online", ticket.path("channel").asText());
        assertEquals(LocalDate.now(SHANGHAI).toString(), ticket.path("day").asText());
        assertEquals("综合咨询", ticket.path("service").path("name").asText());
        assertTrue(ticket.path("position").asInt() >= 1);
        assertEquals(ticket.path("position").asInt() - 1, ticket.path("ahead").asInt());
        assertTrue(taken.header("Location").endsWith("/api/ticketing/tickets/" + key));
        assertTrue(service(visitor, "enquiry").path("waiting").asInt() >= 1);

        JsonNode read = json(visitor.get("/api/ticketing/tickets/" + key, "Accept", "application/json",
                "Accept-Language", "en"));
        assertEquals(ticket.path("number").asText(), read.path("number").asText());
        assertEquals("General enquiries", read.path("service").path("name").asText());
        Http.Answer page = visitor.get("/ticketing/tickets/" + key, "Accept", "text/html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains(">" + ticket.path("number").asText() + "<"));
        assertTrue(page.body().contains("id=\"ticket-cancel\""));
        assertEquals("private, no-store", page.header("Cache-Control"));

        Http.Answer cancelled = visitor.json("POST", "/api/ticketing/tickets/" + key + "/cancel", "");
        assertEquals(cancelled.body(), 200, cancelled.status());
        assertEquals("cancelled", json(cancelled).path("status").asText());
        assertNull(json(cancelled).path("position"));
        JsonNode again = assertRefused(visitor.json("POST", "/api/ticketing/tickets/" + key + "/cancel", ""), 409,
                null);
        assertTrue(again.toString(), again.path("detail").asText().contains(ticket.path("number").asText()));
        assertFalse(visitor.get("/ticketing/tickets/" + key, "Accept", "text/html").body()
                .contains("id=\"ticket-cancel\""));
        assertRefused(visitor.get("/api/ticketing/tickets/no-such-key", "Accept", "application/json"), 404, null);

        Http.Answer more = taken;
        for (int i = 0; i < 4 && more.status() == 201; i++) {
            more = visitor.json("POST", "/api/ticketing/tickets", "{\"serviceId\":" + enquiry + "}");
        }
        JsonNode tooMany = assertRefused(more, 429, null);
        assertTrue(tooMany.toString(), tooMany.path("detail").asText().contains("每小时最多在线取 3 个号"));
        assertTrue(more.header("Retry-After"), Integer.parseInt(more.header("Retry-After")) > 3000);
    }

    @Test
    public void theKioskTakesTodaysNumberAndLeadsToItsSlip() {
        Browser kiosk = new Browser(port);
        long trademark = service(kiosk, "trademark").path("id").asLong();
        Http.Answer page = kiosk.get("/ticketing/kiosk", "Accept", "text/html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("商标业务"));
        assertTrue(page.body().contains("/ticketing/kiosk/check-in"));
        Http.Answer sent = kiosk.postForm("/ticketing/kiosk", Map.of("serviceId", String.valueOf(trademark),
                "_csrf", Browser.csrfOf(page.body())));
        assertEquals(sent.body(), 303, sent.status());
        String slip = Browser.location(sent);
        assertTrue(slip, slip.matches("/ticketing/tickets/[A-Za-z0-9_-]+/print\\?from=kiosk"));
        Http.Answer printed = kiosk.get(slip, "Accept", "text/html");
        assertEquals(200, printed.status());
        assertTrue(printed.body().contains("data-autoprint"));
        assertTrue(printed.body().contains("商标业务"));
        String key = slip.split("/")[3];
        JsonNode ticket = json(kiosk.get("/api/ticketing/tickets/" + key, "Accept", "application/json"));
        assertEquals("kiosk", ticket.path("channel").asText());
        assertTrue(printed.body().contains(ticket.path("number").asText()));

        assertRefused(kiosk.json("POST", "/api/ticketing/tickets", "{\"serviceId\":" + trademark
                + ",\"channel\":\"kiosk\",\"day\":\"" + LocalDate.now(SHANGHAI).plusDays(1) + "\"}"), 400, null);
    }

    @Test
    public void aSignedInVisitorHoldsOneNumberOfAServiceAndReceptionIsTheClerks() {
        Browser zhao = people.innovator("zhao.lan@example.cn", "赵兰", "13947220031");
        long pledge = service(zhao, "pledge").path("id").asLong();
        Http.Answer first = postJson(zhao, "/api/ticketing/tickets", Map.of("serviceId", pledge));
        assertEquals(first.body(), 201, first.status());
        String number = json(first).path("number").asText();
        JsonNode twice = assertRefused(postJson(zhao, "/api/ticketing/tickets", Map.of("serviceId", pledge)), 409,
                null);
        assertTrue(twice.toString(), twice.path("detail").asText().contains(number));
        assertRefused(postJson(zhao, "/api/ticketing/tickets", Map.of("serviceId", pledge, "channel",
                "reception")), 403, null);
        assertRefused(postJson(zhao, "/api/ticketing/tickets", Map.of("serviceId", 999_999)), 404, null);
        Http.Answer mine = zhao.get("/ticketing/mine", "Accept", "text/html");
        assertEquals(200, mine.status());
        assertTrue(mine.body().contains(number));

        Browser clerk = people.staffMember("clerk.qin@onestop.test", "秦窗口", "counter_clerk");
        Http.Answer reception = clerk.submit("/ticketing/reception", "/ticketing/reception", Map.of("serviceId",
                String.valueOf(pledge)));
        assertEquals(reception.body(), 201, reception.status());
        assertTrue(reception.body().contains("id=\"reception-taken\""));
        assertNotNull(service(clerk, "pledge"));
    }

    private static JsonNode service(Browser browser, String code) {
        for (JsonNode s : json(browser.get("/api/ticketing/services", "Accept", "application/json"))) {
            if (s.path("code").asText().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no service " + code);
    }

    private static void assertNull(JsonNode node) {
        assertTrue(node.toString(), node.isNull());
    }
}
