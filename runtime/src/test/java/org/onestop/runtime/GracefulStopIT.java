package org.onestop.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway stopped with SIGTERM while clients keep asking: every answer is the page or document asked for (200),
 * or "the gateway is stopping, try again" (503 with {@code Retry-After}, a problem document on {@code /api}); a
 * request that comes after the port has closed is refused. No client ever sees a half-stopped gateway (a 500 from a
 * withdrawn resource or a closed database, a 404 from withdrawn routes, a 409 "service not open"); the process
 * exits within seconds, logs no stack trace, and its database opens again without recovery.
 */
class GracefulStopIT {

    private static final int TERMINATED = 143;
    private static final int CLIENTS = 8;
    private static final List<String> PATHS = List.of("/api/info/news", "/", "/health", "/info/news",
            "/api/lookup/nice/classes", "/api/cnipa/catalogue", "/api/ticketing/services", "/api/legal",
            "/api/ticketing/board", "/preexam");

    @TempDir
    Path data;

    /** What one request got: a status, or how the connection failed. */
    private record Seen(String path, int status, String retryAfter, String type, String failure) {
    }

    @Test
    void aStopUnderLoadAnswersOrRefusesCleanlyAndExitsWithinSeconds() throws Exception {
        int port = GatewayProcess.freePort();
        Map<String, String> env = Map.of("ONESTOP_PORT", String.valueOf(port), "ONESTOP_DATA", data.toString());
        GatewayProcess gateway = new GatewayProcess(env);
        gateway.awaitOutput("OneStop is ready at");
        for (String path : PATHS) {
            assertEquals(200, new Http(port).served(path).status(), path + " answers before the stop");
        }

        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean refused = new AtomicBoolean();
        AtomicInteger afterTerm = new AtomicInteger();
        AtomicBoolean termSent = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            Thread client = new Thread(() -> hammer(port, offset, seen, refused, termSent, afterTerm));
            client.start();
            clients.add(client);
        }
        Await.until("requests under way", Duration.ofSeconds(30), seen::size, n -> n > 400);

        long start = System.nanoTime();
        termSent.set(true);
        gateway.process.toHandle().destroy();
        assertTrue(gateway.process.waitFor(30, TimeUnit.SECONDS), "exited");
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        for (Thread client : clients) {
            client.join(15_000);
        }
        gateway.drained.get(10, TimeUnit.SECONDS);
        String log = gateway.output.toString();

        Map<String, AtomicInteger> tally = new ConcurrentHashMap<>();
        List<Seen> wrong = new ArrayList<>();
        for (Seen s : seen) {
            String kind = s.failure() != null ? s.failure() : String.valueOf(s.status());
            tally.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            boolean fine = s.status() == 200 || ConnectException.class.getSimpleName().equals(s.failure())
                    || s.status() == 503 && "5".equals(s.retryAfter()) && (!s.path().startsWith("/api")
                            || "application/problem+json".equals(s.type()));
            if (!fine) {
                wrong.add(s);
            }
        }
        String figures = "answers " + tally + ", " + afterTerm.get() + " after SIGTERM, stop " + stopMillis + " ms";
        assertTrue(wrong.isEmpty(), figures + "; wrong: " + wrong.stream().limit(10).toList() + "\n" + log);
        assertTrue(afterTerm.get() > 0 && refused.get(), "clients kept asking until refused: " + figures);
        assertEquals(TERMINATED, gateway.process.exitValue(), log);
        assertTrue(stopMillis < 10_000, "exited within seconds: " + figures);
        assertTrue(log.contains("Database closed: " + data.resolve("db")), log);
        assertFalse(log.contains("\tat ") || log.contains("Exception"), "no stack trace or exception logged:\n" + log);

        GatewayProcess again = new GatewayProcess(env);
        try {
            // from its first answer on, /health says how the gateway is: never a 500 while it assembles itself; a
            // page or an API route is served or "starting, try again" (503 with Retry-After), never "not found"
            Map<Integer, AtomicInteger> starting = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> pages = new ConcurrentHashMap<>();
            Http probe = new Http(port);
            while (!again.output.toString().contains("OneStop is ready at") && again.process.isAlive()) {
                starting.computeIfAbsent(probe.get("/health").status(), k -> new AtomicInteger()).incrementAndGet();
                for (String path : List.of("/", "/api/info/news")) {
                    Http.Answer answer = probe.get(path);
                    String kind = answer.status() == 503 ? "503 Retry-After " + answer.header("Retry-After")
                            + " " + String.valueOf(answer.header("Content-Type")).toLowerCase().replace(" ", "")
                            : String.valueOf(answer.status());
                    pages.computeIfAbsent(path + " " + kind, k -> new AtomicInteger()).incrementAndGet();
                }
            }
            assertFalse(starting.containsKey(500), "/health while starting: " + starting + "\n" + again.output);
            assertTrue(pages.keySet().stream().allMatch(kind -> kind.endsWith(" 0") || kind.endsWith(" 200")
                    || kind.equals("/ 503 Retry-After 1 text/html;charset=utf-8")
                    || kind.equals("/api/info/news 503 Retry-After 1 application/problem+json")),
                    "pages while starting: " + pages + "\n" + again.output);
            again.awaitOutput("OneStop is ready at");
            assertEquals(200, new Http(port).served("/health").status(), again.output.toString());
            assertTrue(new Http(port).get("/api/info/news").body().startsWith("{\"total\":10,"));
        } finally {
            assertEquals(TERMINATED, again.stop());
        }
        String derby = Files.readString(data.resolve("derby.log"));
        assertFalse(derby.contains("ERROR") || derby.contains("recovery"), "the database opened cleanly:\n" + derby);
    }

    /** One client: asks for the paths in turn over its own keep-alive connection until the port is refused. */
    private static void hammer(int port, int offset, ConcurrentLinkedQueue<Seen> seen, AtomicBoolean refused,
            AtomicBoolean termSent, AtomicInteger afterTerm) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long stopAt = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int i = offset; System.nanoTime() < stopAt; i++) {
            String path = PATHS.get(i % PATHS.size());
            boolean late = termSent.get();
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                seen.add(new Seen(path, response.statusCode(), response.headers().firstValue("Retry-After")
                        .orElse(null), response.headers().firstValue("Content-Type").orElse(null), null));
            } catch (IOException e) {
                Throwable cause = e instanceof ConnectException || e.getCause() == null ? e : e.getCause();
                seen.add(new Seen(path, 0, null, null, cause.getClass().getSimpleName()));
                if (cause instanceof ConnectException) {
                    refused.set(true);
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (late) {
                afterTerm.incrementAndGet();
            }
        }
    }
}
