package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.onestop.api.schema.UtcColumns;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The counter over HTTP inside the real distribution: two clerks open their counters (a counter held by the other is
 * refused in words), call the numbers waiting (an appointment checked in first), recall, mark a no-show only after
 * enough calls, transfer a number to another service where it keeps its place, park and resume it, finish with a
 * note, with the counter's page and its forms; the counter's screen offers the finished visit's rating, which a
 * visitor without an account takes by signing in; two clerks pressing "call next" at once never get the same number. The numbers are put in the queue through
 * the gateway's database (JDBC on the TICKETING data source), as this branch has no HTTP route for taking one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketingCounterIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");

    @Inject
    private BundleContext context;

    private HallPeople people;
    private int port;
    private DataSource ticketing;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("ticketing-counter");
    }

    @Before
    public void theTicketingModuleAnswers() throws Exception {
        Http http = Http.ofRunningGateway(context);
        Await.until("the ticketing module", SOON, () -> http.get("/api/ticketing/counters", "Accept",
                "application/json"), a -> a.status() == 401);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        people = new HallPeople(port);
        ticketing = context.getService(context.getServiceReferences(DataSource.class,
                "(onestop.schema=TICKETING)").iterator().next());
    }

    @Test
    public void clerksCallRecallTransferParkAndFinishAndNeverCallOneNumberTwice() throws Exception {
        Browser li = people.staffMember("clerk.li@onestop.test", "李窗口", "counter_clerk");
        Browser wang = people.staffMember("clerk.wang@onestop.test", "王窗口", "counter_clerk");
        Browser supervisor = people.staffMember("zhao.sup@onestop.test", "赵主任", "supervisor");

        assertEquals(200, step(li, 1, "open").status());
        Http.Answer held = step(wang, 1, "open");
        assertEquals(409, held.status());
        assertEquals("1 号窗口已由其他工作人员开启。", json(held).path("detail").asText());
        JsonNode counter2 = json(step(wang, 2, "open"));
        assertTrue(counter2.path("mine").asBoolean());

        Instant start = Instant.now().minusSeconds(600);
        long walkIn = take("preexam", "A", 0, start);
        long enquiry = take("enquiry", "F", 0, start.plusSeconds(60));
        long appointment = take("preexam", "A", 1, start.plusSeconds(120));

        // counter 1 (pre-examination, enquiries): the appointment first; recalled; a no-show after three calls only
        JsonNode called = json(step(li, 1, "call-next"));
        assertEquals(appointment, called.path("id").asLong());
        assertEquals("called", called.path("status").asText());
        assertEquals(1, called.path("counter").asInt());
        Http.Answer page = li.get("/ticketing/counters/1");
        assertEquals(200, page.status());
        assertTrue(page.body().contains(called.path("number").asText()) && page.body().contains("重新呼叫")
                && page.body().contains("开始办理"));
        Http.Answer early = step(li, 1, "no-show");
        assertEquals(409, early.status());
        assertTrue(early.body(), json(early).path("detail").asText().contains("叫满 3 次后才能标记未到"));
        Http.Answer recalled = li.postForm("/ticketing/counters/1/recall", java.util.Map.of("_csrf",
                li.csrfToken()));
        assertEquals(recalled.body(), 303, recalled.status());
        assertEquals(3, json(step(li, 1, "recall")).path("calls").asInt());
        assertEquals("no_show", json(step(li, 1, "no-show")).path("status").asText());

        // then the longest wait: served, transferred to assistance, where counter 2 calls it before the enquiry
        assertEquals(walkIn, json(step(li, 1, "call-next")).path("id").asLong());
        assertEquals("serving", json(step(li, 1, "serve")).path("status").asText());
        long assistance = serviceId("assistance");
        JsonNode moved = json(li.json("POST", "/api/ticketing/counters/1/transfer", "{\"serviceId\":" + assistance
                + "}", "X-CSRF-Token", li.csrfToken()));
        assertEquals("waiting", moved.path("status").asText());
        assertEquals(assistance, moved.path("service").path("id").asLong());
        assertEquals(walkIn, json(step(wang, 2, "call-next")).path("id").asLong());
        step(wang, 2, "serve");
        assertEquals("parked", json(step(wang, 2, "park")).path("status").asText());
        JsonNode atTwo = json(wang.json("GET", "/api/ticketing/counters/2", null));
        assertEquals(walkIn, atTwo.path("parked").path(0).path("id").asLong());
        assertEquals(enquiry, json(step(wang, 2, "call-next")).path("id").asLong());
        step(wang, 2, "serve");
        JsonNode done = json(wang.json("POST", "/api/ticketing/counters/2/finish", "{\"note\":\"已解答\"}",
                "X-CSRF-Token", wang.csrfToken()));
        assertEquals("done", done.path("status").asText());
        assertEquals("已解答", done.path("note").asText());
        JsonNode resumed = json(wang.json("POST", "/api/ticketing/counters/2/resume", "{\"ticketId\":" + walkIn + "}",
                "X-CSRF-Token", wang.csrfToken()));
        assertEquals("serving", resumed.path("status").asText());
        assertEquals("done", json(step(wang, 2, "finish")).path("status").asText());

        // the counter's screen shows the rate link's QR code; the visitor without an account signs in on it
        Http.Answer screen = new Browser(port).get("/ticketing/counters/2/screen");
        assertEquals(200, screen.status());
        assertTrue(screen.body(), screen.body().contains("counter-screen-code"));
        Browser visitor = people.innovator("sun.visitor@example.cn", "孙访客", "13947220101");
        Http.Answer rate = visitor.get("/ticketing/tickets/" + key(walkIn) + "/rate");
        assertEquals(rate.body(), 303, rate.status());
        assertTrue(rate.header("Location"), rate.header("Location").endsWith("/ratings"));
        JsonNode mine = json(visitor.json("GET", "/api/ratings/mine", null));
        assertTrue(mine.toString(), mine.toString().contains("维权援助"));
        Http.Answer empty = step(li, 1, "call-next");
        assertEquals(404, empty.status());
        assertEquals("1 号窗口的业务暂无人等候。", json(empty).path("detail").asText());
        assertEquals(List.of("taken", "called", "serving", "transferred", "called", "serving", "parked", "resumed",
                "done"), history(walkIn));

        // two clerks pressing at once: every number called once, none left
        Set<Long> waiting = new TreeSet<>();
        for (int i = 0; i < 30; i++) {
            waiting.add(take("enquiry", "F", i % 5 == 0 ? 1 : 0, start.plusSeconds(200 + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> hands = new ArrayList<>();
        hands.add(pool.submit(callingUntilEmpty(li, 1)));
        hands.add(pool.submit(callingUntilEmpty(wang, 2)));
        List<Long> called2 = new ArrayList<>();
        for (Future<List<Long>> hand : hands) {
            called2.addAll(hand.get());
        }
        pool.shutdown();
        assertEquals(waiting.size(), called2.size());
        assertEquals(waiting, new TreeSet<>(called2));

        // the hall's setup: the supervisor's form errors per field, a clerk not let in
        Http.Answer wrong = supervisor.json("POST", "/api/ticketing/hall/counters", "{\"number\":1,\"nameZh\":\"\","
                + "\"nameEn\":\"Counter 9\",\"serviceIds\":[]}", "X-CSRF-Token", supervisor.csrfToken());
        assertEquals(wrong.body(), 422, wrong.status());
        assertEquals("这个窗口号已被使用。", json(wrong).path("errors").path("number").asText());
        assertFalse(json(wrong).path("errors").path("serviceIds").isMissingNode());
        Http.Answer added = supervisor.json("POST", "/api/ticketing/hall/counters", "{\"number\":9,\"nameZh\":"
                + "\"9 号窗口\",\"nameEn\":\"Counter 9\",\"serviceIds\":[" + assistance + "]}", "X-CSRF-Token",
                supervisor.csrfToken());
        assertEquals(added.body(), 201, added.status());
        assertEquals(403, li.json("GET", "/api/ticketing/hall/services", null).status());
        assertEquals(200, step(li, 1, "close").status());
    }

    private static Http.Answer step(Browser clerk, int counter, String step) {
        return clerk.json("POST", "/api/ticketing/counters/" + counter + "/" + step, "{}", "X-CSRF-Token",
                clerk.csrfToken());
    }

    private static Callable<List<Long>> callingUntilEmpty(Browser clerk, int counter) {
        String csrf = clerk.csrfToken();
        return () -> {
            List<Long> called = new ArrayList<>();
            for (;;) {
                Http.Answer next = clerk.json("POST", "/api/ticketing/counters/" + counter + "/call-next", "{}",
                        "X-CSRF-Token", csrf);
                if (next.status() == 404) {
                    return called;
                }
                assertEquals(next.body(), 200, next.status());
                called.add(json(next).path("id").asLong());
                assertEquals(200, clerk.json("POST", "/api/ticketing/counters/" + counter + "/serve", "{}",
                        "X-CSRF-Token", csrf).status());
                assertEquals(200, clerk.json("POST", "/api/ticketing/counters/" + counter + "/finish", "{}",
                        "X-CSRF-Token", csrf).status());
            }
        };
    }

    /** A number of today for the service {@code code}, waiting since {@code queuedAt}, put in through JDBC. */
    private long take(String code, String prefix, int priority, Instant queuedAt) throws Exception {
        LocalDate today = LocalDate.now(CENTRE);
        try (Connection c = ticketing.getConnection()) {
            long service = serviceId(c, code);
            int seq;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM TICKETING.TICKET WHERE DAY = ?"
                    + " AND FIRST_SERVICE_ID = ?")) {
                count.setDate(1, Date.valueOf(today));
                count.setLong(2, service);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    seq = 500 + row.getInt(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO TICKETING.TICKET (DAY, SERVICE_ID,"
                    + " FIRST_SERVICE_ID, NUMBER, CHANNEL, ACCESS_KEY, PRIORITY, STATUS, TAKEN_AT, QUEUED_AT)"
                    + " VALUES (?, ?, ?, ?, 'kiosk', ?, ?, 'waiting', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setDate(1, Date.valueOf(today));
                insert.setLong(2, service);
                insert.setLong(3, service);
                insert.setString(4, prefix + seq);
                insert.setString(5, UUID.randomUUID().toString());
                insert.setInt(6, priority);
                UtcColumns.set(insert, 7, queuedAt);
                UtcColumns.set(insert, 8, queuedAt);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    long id = key.getLong(1);
                    try (PreparedStatement event = c.prepareStatement("INSERT INTO TICKETING.TICKET_EVENT (TICKET_ID,"
                            + " HAPPENED_AT, KIND, SERVICE_ID) VALUES (?, ?, 'taken', ?)")) {
                        event.setLong(1, id);
                        UtcColumns.set(event, 2, queuedAt);
                        event.setLong(3, service);
                        event.executeUpdate();
                    }
                    return id;
                }
            }
        }
    }

    private String key(long ticket) throws Exception {
        try (Connection c = ticketing.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT ACCESS_KEY FROM TICKETING.TICKET WHERE ID = ?")) {
            select.setLong(1, ticket);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private long serviceId(String code) throws Exception {
        try (Connection c = ticketing.getConnection()) {
            return serviceId(c, code);
        }
    }

    private static long serviceId(Connection c, String code) throws Exception {
        try (PreparedStatement select = c.prepareStatement("SELECT ID FROM TICKETING.SERVICE WHERE CODE = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private List<String> history(long ticket) throws Exception {
        try (Connection c = ticketing.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT KIND FROM TICKETING.TICKET_EVENT WHERE TICKET_ID = ? ORDER BY ID")) {
            select.setLong(1, ticket);
            List<String> kinds = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
            return kinds;
        }
    }
}
