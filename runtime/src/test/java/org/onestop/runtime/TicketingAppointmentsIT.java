package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertRefused;
import static org.onestop.runtime.PreexamDesk.postJson;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * Appointments over HTTP in the real distribution, with the hall open all day today and tomorrow (the IT's own
 * ticketing and calendar settings) and check-in from two hours before a slot: a visitor books the second slot to
 * come for a request's reference, sees it in the list and on its page with the check-in code, changes it to the
 * next slot, and checks in online: the number taken has the appointments' priority. A full slot is refused; a
 * cancelled appointment frees its place; a code nobody has is refused at the kiosk.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketingAppointmentsIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    private BundleContext context;

    private HallPeople people;
    private int port;

    @Configuration
    public Option[] configuration() {
        Option[] options = Gateway.options("ticketing-appointments");
        Path config = GatewayConfigFiles.folderOf(options);
        LocalDate today = LocalDate.now(SHANGHAI);
        GatewayConfigFiles.set(config, "org.onestop.ticketing.cfg", Map.of("opens", "00:00", "closes", "23:59",
                "break.time", "", "check.in.early.minutes", "120"));
        GatewayConfigFiles.set(config, "org.onestop.platform.calendar.cfg", Map.of("workdays", today + ","
                + today.plusDays(1)));
        return options;
    }

    @Before
    public void theHallAnswers() {
        Http http = Http.ofRunningGateway(context);
        Await.until("the hall's appointments", SOON, () -> http.get("/api/ticketing/services/preexam/slots",
                "Accept", "application/json"), a -> a.status() == 200);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        people = new HallPeople(port);
    }

    @Test
    public void aVisitorBooksChangesChecksInAheadOfWalkInsAndAFullSlotIsRefused() {
        Browser zhao = people.innovator("zhao.lei@example.cn", "赵磊", "13947230001");
        Browser qian = people.innovator("qian.fang@example.cn", "钱芳", "13947230002");
        Browser operator = Browser.operator(port);
        List<String> preexam = slots("preexam");
        List<String> pledge = slots("pledge");

        // book the second slot to come, for a request
        Http.Answer booked = postJson(zhao, "/api/ticketing/appointments", Map.of("service", "preexam", "start",
                preexam.get(1), "reference", "YS-2026-000777"));
        assertEquals(booked.body(), 201, booked.status());
        JsonNode appointment = json(booked);
        long id = appointment.path("id").asLong();
        String code = appointment.path("code").asText();
        assertEquals("booked", appointment.path("status").asText());
        assertEquals(8, code.length());
        JsonNode mine = json(zhao.get("/api/ticketing/appointments", "Accept", "application/json"));
        assertEquals(mine.toString(), id, mine.get(0).path("id").asLong());
        Http.Answer page = zhao.get("/ticketing/appointments/" + id, "Accept", "text/html");
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains(code) && page.body().contains("YS-2026-000777")
                && page.body().contains("已预约"));
        assertEquals(404, qian.get("/api/ticketing/appointments/" + id, "Accept", "application/json").status());

        // change to the next slot, then check in online: a number ahead of walk-ins
        Http.Answer changed = postJson(zhao, "/api/ticketing/appointments/" + id + "/change", Map.of("start",
                preexam.get(0)));
        assertEquals(changed.body(), 200, changed.status());
        assertEquals(preexam.get(0), json(changed).path("start").asText());
        assertEquals(code, json(changed).path("code").asText());
        Http.Answer in = postJson(zhao, "/api/ticketing/appointments/" + id + "/check-in", null);
        assertEquals(in.body(), 200, in.status());
        JsonNode ticket = json(in).path("ticket");
        assertEquals(ticket.toString(), 1, ticket.path("priority").asInt());
        assertTrue(ticket.toString(), ticket.path("number").asText().startsWith("A"));
        assertEquals("checked_in", json(in).path("appointment").path("status").asText());
        assertRefused(postJson(zhao, "/api/ticketing/appointments/" + id + "/check-in", null), 409, null);

        // a full slot is refused; a cancelled appointment frees its place
        long qianPlace = json(postJson(qian, "/api/ticketing/appointments", Map.of("service", "pledge", "start",
                pledge.get(0)))).path("id").asLong();
        assertEquals(201, postJson(operator, "/api/ticketing/appointments", Map.of("service", "pledge", "start",
                pledge.get(0))).status());
        JsonNode full = assertRefused(postJson(zhao, "/api/ticketing/appointments", Map.of("service", "pledge",
                "start", pledge.get(0))), 409, null);
        assertTrue(full.toString(), full.path("detail").asText().contains("已约满"));
        Http.Answer cancelled = postJson(qian, "/api/ticketing/appointments/" + qianPlace + "/cancel", null);
        assertEquals(cancelled.body(), 200, cancelled.status());
        assertEquals("cancelled", json(cancelled).path("status").asText());
        assertEquals(201, postJson(zhao, "/api/ticketing/appointments", Map.of("service", "pledge", "start",
                pledge.get(0))).status());

        // the kiosk refuses a code nobody has, in words
        JsonNode unknown = assertRefused(new Browser(port).json("POST", "/api/ticketing/appointments/check-in",
                "{\"code\":\"NOPE2345\"}"), 404, null);
        assertTrue(unknown.toString(), unknown.path("detail").asText().contains("签到码"));
        // another module's link carries its reference to the booking page
        Http.Answer form = zhao.get("/ticketing/appointments/new?service=preexam&ref=YS-2026-000778", "Accept",
                "text/html");
        assertTrue(form.body(), form.body().contains("YS-2026-000778"));
    }

    /** The starts of the service's slots to come (not within two minutes), today's then tomorrow's, three or more. */
    private List<String> slots(String service) {
        List<String> starts = new ArrayList<>();
        LocalDate today = LocalDate.now(SHANGHAI);
        for (LocalDate day : List.of(today, today.plusDays(1))) {
            Http.Answer answer = new Browser(port).get("/api/ticketing/services/" + service + "/slots?day=" + day,
                    "Accept", "application/json");
            assertEquals(answer.body(), 200, answer.status());
            json(answer).forEach(slot -> {
                if (java.time.Instant.parse(slot.path("start").asText()).isAfter(java.time.Instant.now()
                        .plus(Duration.ofMinutes(2)))) {
                    starts.add(slot.path("start").asText());
                }
            });
        }
        assertTrue(starts.toString(), starts.size() >= 3);
        return starts;
    }
}
