package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hall's display board over HTTP inside the real distribution: an anonymous SSE client on
 * {@code /api/ticketing/board/events} is answered at once (nothing of the gateway buffers the stream), hears the
 * hall's events in order, named by their kind, with their sequence numbers as ids and JSON data, and after a drop
 * is given what it missed through {@code Last-Event-ID}; the snapshot and the page are public. The events come from
 * real steps: a number taken at the kiosk, called, recalled and served by a clerk at counter 2.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketingBoardIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    private BundleContext context;

    private Http http;
    private int port;

    @Configuration
    public Option[] configuration() {
        Option[] options = Gateway.options("ticketing-board");
        Path config = GatewayConfigFiles.folderOf(options);
        GatewayConfigFiles.set(config, "org.onestop.platform.calendar.cfg", Map.of("weekend.days", "",
                "holidays", "", "workdays", LocalDate.now(SHANGHAI) + "," + LocalDate.now(SHANGHAI).plusDays(1)));
        GatewayConfigFiles.set(config, "org.onestop.ticketing.cfg", Map.of("opens", "00:00", "closes",
                "23:59:59.999999999", "break.time", ""));
        return options;
    }

    @Before
    public void theBoardAnswers() {
        http = Http.ofRunningGateway(context);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Await.until("the board", SOON, () -> http.get("/api/ticketing/board", "Accept", "application/json"),
                a -> a.status() == 200);
    }

    @Test
    public void aBoardHearsTheHallsEventsInOrderAndCatchesUpAfterADrop() throws Exception {
        Browser clerk = new HallPeople(port).staffMember("clerk.board@onestop.test", "周窗口", "counter_clerk");
        assertEquals(200, step(clerk, "open").status());
        JsonNode snapshot = JSON.readTree(http.get("/api/ticketing/board", "Accept", "application/json").body());
        long seq = snapshot.path("seq").asLong();
        assertEquals("请 {number} 号到 {counter} 号窗口", snapshot.path("callWords").asText());
        assertEquals(6, snapshot.path("waiting").size());
        assertEquals("A", snapshot.path("waiting").get(0).path("prefix").asText());

        List<String> events = new ArrayList<>();
        try (Stream stream = Stream.open(port, null)) {
            assertEquals(200, stream.status);
            assertTrue(stream.contentType, stream.contentType.startsWith("text/event-stream"));
            assertEquals("the stream's first line arrives at once", ": hall", stream.next());
            Http.Answer taken = new Browser(port).json("POST", "/api/ticketing/tickets", "{\"serviceId\":" + snapshot.path(
                    "waiting").get(5).path("serviceId").asLong() + ",\"channel\":\"kiosk\"}");
            assertEquals(taken.body(), 201, taken.status());
            assertEquals(200, step(clerk, "call-next").status());
            assertEquals(200, step(clerk, "recall").status());
            for (int i = 0; i < 3; i++) {
                events.add(stream.event());
            }
        }
        assertEquals(List.of("taken " + (seq + 1) + " F001 null", "called " + (seq + 2) + " F001 2",
                "recalled " + (seq + 3) + " F001 2"), events);

        assertEquals(200, step(clerk, "serve").status());
        try (Stream again = Stream.open(port, Long.toString(seq + 3))) {
            assertEquals("the event missed while away", "changed " + (seq + 4) + " F001 2", again.event());
        }
        try (Stream restarted = Stream.open(port, Long.toString(seq + 1000))) {
            assertEquals("an id beyond the newest (a restart) is given every kept event",
                    "taken " + (seq + 1) + " F001 null", restarted.event());
        }

        Http.Answer page = http.get("/ticketing/board", "Accept", "text/html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("data-events=\"/api/ticketing/board/events\""));
        assertTrue(page.body().contains("请以下号码到窗口办理"));
        JsonNode after = JSON.readTree(http.get("/api/ticketing/board", "Accept", "application/json").body());
        assertEquals(seq + 4, after.path("seq").asLong());
        assertEquals("F001 at the counter", "F001 2", after.path("calling").get(0).path("number").asText() + " "
                + after.path("calling").get(0).path("counter").asText());
    }

    /** The clerk's step at counter 2. */
    private static Http.Answer step(Browser clerk, String step) {
        return clerk.json("POST", "/api/ticketing/counters/2/" + step, "{}", "X-CSRF-Token", clerk.csrfToken());
    }

    /** A server-sent event stream read line by line, as a browser's EventSource reads it. */
    private static final class Stream implements AutoCloseable {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final java.util.stream.Stream<String> body;
        final int status;
        final String contentType;

        private Stream(HttpResponse<java.util.stream.Stream<String>> response) {
            status = response.statusCode();
            contentType = response.headers().firstValue("Content-Type").orElse("");
            body = response.body();
            Thread reader = new Thread(() -> {
                try {
                    body.forEach(lines::add);
                } catch (RuntimeException e) {
                    // closed
                }
            }, "board-stream");
            reader.setDaemon(true);
            reader.start();
        }

        static Stream open(int port, String lastEventId) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/ticketing/board/events")).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            return new Stream(HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofLines()));
        }

        String next() throws InterruptedException {
            String line = lines.poll(20, TimeUnit.SECONDS);
            assertNotNull("a line of the stream within 20 s", line);
            return line;
        }

        /** The next event as "name id number counterNumber". */
        String event() throws Exception {
            String name = null;
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = next(); !line.isEmpty() || name == null; line = next()) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
            JsonNode event = JSON.readTree(data.toString());
            assertEquals(name, event.path("kind").asText());
            assertEquals(id, event.path("seq").asText());
            return name + " " + id + " " + event.path("number").asText() + " " + event.path("counterNumber").asText();
        }

        @Override
        public void close() {
            body.close();
        }
    }
}
