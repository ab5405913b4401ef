package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hall's display board over HTTP inside the real distribution: an anonymous SSE client on
 * {@code /api/ticketing/board/events} is answered at once (nothing of the gateway buffers the stream), hears the
 * hall's events in order, named by their kind, with their sequence numbers as ids and JSON data, and after a drop
 * is given what it missed through {@code Last-Event-ID}; the snapshot and the page are public. The events are told
 * through the hall's own event service (the routes that take and call numbers are other parts of the module).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketingBoardIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private BundleContext context;

    private Http http;
    private int port;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("ticketing-board");
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
            tell("TAKEN", 901, "F001", null);
            tell("CALLED", 901, "F001", 2);
            tell("RECALLED", 901, "F001", 2);
            for (int i = 0; i < 3; i++) {
                events.add(stream.event());
            }
        }
        assertEquals(List.of("taken " + (seq + 1) + " F001 null", "called " + (seq + 2) + " F001 2",
                "recalled " + (seq + 3) + " F001 2"), events);

        tell("CHANGED", 901, "F001", null);
        try (Stream again = Stream.open(port, Long.toString(seq + 3))) {
            assertEquals("the event missed while away", "changed " + (seq + 4) + " F001 null", again.event());
        }
        try (Stream restarted = Stream.open(port, Long.toString(seq + 1000))) {
            assertEquals("an id beyond the newest (a restart) is given every kept event",
                    "taken " + (seq + 1) + " F001 null", restarted.event());
        }

        Http.Answer page = http.get("/ticketing/board", "Accept", "text/html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("data-events=\"/api/ticketing/board/events\""));
        assertTrue(page.body().contains("请以下号码到窗口办理"));
        assertEquals(seq + 4, JSON.readTree(http.get("/api/ticketing/board", "Accept", "application/json").body())
                .path("seq").asLong());
    }

    /** Tells the hall's event service of a number, as the module's steps do after their commit. */
    private void tell(String kind, long ticketId, String number, Integer counter) throws Exception {
        ServiceReference<?> reference = context.getServiceReference("org.onestop.ticketing.internal.HallEvents");
        assertNotNull("the hall's events", reference);
        Object events = context.getService(reference);
        try {
            ClassLoader module = events.getClass().getClassLoader();
            Class<?> kinds = module.loadClass("org.onestop.ticketing.internal.HallEvent$Kind");
            Class<?> tickets = module.loadClass("org.onestop.ticketing.internal.Ticket");
            Constructor<?> record = tickets.getDeclaredConstructors()[0];
            Object[] values = new Object[record.getParameterCount()];
            Class<?>[] types = record.getParameterTypes();
            for (int i = 0; i < values.length; i++) {
                if (types[i] == long.class) {
                    values[i] = 0L;
                } else if (types[i] == int.class) {
                    values[i] = 0;
                }
            }
            values[0] = ticketId;
            values[2] = 6L;
            values[4] = number;
            Method tell = events.getClass().getMethod("tell", kinds, tickets, Integer.class);
            tell.invoke(events, kinds.getMethod("valueOf", String.class).invoke(null, kind),
                    record.newInstance(values), counter);
        } finally {
            context.ungetService(reference);
        }
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
