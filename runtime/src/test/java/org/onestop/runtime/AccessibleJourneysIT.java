package org.onestop.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

/**
 * The journeys of the hall's people in a real browser (the Node.js project in {@code journeys/}: Debian's chromium
 * driven by Playwright, checked by axe-core), against the distribution started with {@code java -jar} on a fresh
 * data folder, its mail going to GreenMail. The people read their mail through a small mailbox on loopback:
 * {@code GET /mail?to=&subject=} answers the text of the newest matching mail, 404 while none came.
 * Screenshots and the accessibility report go to {@code target/journeys}. First the harness's self-test shows that
 * each of its checks fails on a page made to break it.
 */
class AccessibleJourneysIT {

    private static final Path JOURNEYS = Path.of(System.getProperty("onestop.journeys", "../journeys"));
    private static final Path OUT = Path.of(System.getProperty("onestop.journeys.out", "target/journeys"));
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    /**
     * The hall open whatever the time of day the journeys run (the clerk calls a number): from 00:00 to the end of
     * the day without a break, today and tomorrow (in the centre's zone) working days.
     */
    private static final Map<String, UnaryOperator<String>> HALL_OPEN_ALL_DAY = Map.of(
            "org.onestop.ticketing.cfg", text -> changed(text, text.replaceFirst("(?m)^opens=.*$", "opens=00:00")
                    .replaceFirst("(?m)^closes=.*$", "closes=23:59:59.999999999")
                    .replaceFirst("(?m)^break\\.time=.*$", "break.time=")),
            "org.onestop.platform.calendar.cfg", text -> {
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
                return changed(text, text.replaceFirst("(?m)^workdays=", "workdays=" + today + "," + today.plusDays(1)
                        + ","));
            });

    @TempDir
    Path home;

    @Test
    void thePeopleOfTheHallWalkTheirJourneysInABrowser() throws Exception {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM + " is missing: `./onestop test` installs it"
                + " (apt-get install chromium fonts-wqy-zenhei), or name another with CHROMIUM=");
        npm("ci", "--no-audit", "--no-fund", "--prefer-offline");
        // the checks themselves: each must fail on a page made to break it
        run(List.of("node", "selftest.mjs"), Map.of("CHROMIUM", CHROMIUM, "JOURNEYS_OUT",
                OUT.resolveSibling("journeys-selftest").toAbsolutePath().toString()), 3);
        try (MailedGateway hall = MailedGateway.start(home, Map.of(), false, HALL_OPEN_ALL_DAY)) {
            HttpServer mailbox = mailbox(hall);
            try {
                Map<String, String> env = new HashMap<>(Map.of(
                        "ONESTOP_URL", "http://127.0.0.1:" + hall.port,
                        "JOURNEYS_MAILBOX", "http://127.0.0.1:" + mailbox.getAddress().getPort(),
                        "ONESTOP_FIRST_PASSWORD", hall.firstPassword(),
                        "JOURNEYS_OUT", OUT.toAbsolutePath().toString(),
                        "CHROMIUM", CHROMIUM));
                // where the operator's journey points the console's backups
                env.put("JOURNEYS_BACKUPS", home.resolve("backups").toAbsolutePath().toString());
                // about 8 minutes alone, up to 17 beside two other test JVMs on two cores
                String output = run(List.of("node", "run.mjs"), env, 30);
                assertTrue(output.contains("journeys: "), output);
                noticeReads(Files.readAllLines(OUT.resolve("notice.expected")));
            } finally {
                mailbox.stop(0);
                Files.createDirectories(OUT);
                Files.writeString(OUT.resolve("gateway.log"), hall.process.output);
            }
        }
    }

    /** The edited text of a setting's file; fails when the edit found nothing to change (the file's keys moved). */
    private static String changed(String before, String after) {
        assertNotEquals(before, after, "the distribution's settings no longer read as the journeys expect:\n" + before);
        return after;
    }

    /** The qualification notice the innovator downloaded, read as a PDF reader shows it. */
    private static void noticeReads(List<String> expected) throws IOException {
        String text = PdfDocuments.compact(PdfDocuments.text(Files.readAllBytes(OUT.resolve("notice.pdf"))));
        for (String words : expected) {
            assertTrue(text.contains(PdfDocuments.compact(words)), "journey \"innovator\" failed at step"
                    + " \"合格通知书 notice downloaded\": the notice does not name " + words + "; it reads: " + text);
        }
    }

    /** The mailbox the journeys read their mail from. */
    private static HttpServer mailbox(MailedGateway hall) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mail", exchange -> {
            Map<String, String> query = query(exchange);
            MimeMessage mail = Arrays.stream(hall.smtp.getReceivedMessages())
                    .filter(m -> recipients(m).contains(query.getOrDefault("to", "").toLowerCase()))
                    .filter(m -> MailedGateway.subject(m).contains(query.getOrDefault("subject", "")))
                    .reduce((a, b) -> b).orElse(null);
            answer(exchange, mail == null ? 404 : 200, mail == null ? "no such mail yet" : MailedGateway.textOf(mail));
        });
        server.start();
        return server;
    }

    private static String recipients(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getAllRecipients()).toLowerCase();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void npm(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("npm"));
        command.addAll(List.of(arguments));
        run(command, Map.of(), 5);
    }

    /** Runs a command in {@code journeys/}, its output passed on as it comes and answered whole. */
    private static String run(List<String> command, Map<String, String> env, int minutes) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(JOURNEYS.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println(line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not end within " + minutes + " minutes");
        }
        reader.join(10_000);
        synchronized (output) {
            assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + tail(output.toString()));
            return output.toString();
        }
    }

    private static String tail(String text) {
        int failed = text.indexOf("JOURNEY FAILED");
        return failed >= 0 ? text.substring(failed) : text.substring(Math.max(0, text.length() - 4000));
    }
}
