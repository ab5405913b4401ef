package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a security test sends, over real HTTP to the real bundle set: malformed JSON of every kind (each a 400 problem
 * document in the caller's language, one line in the log, never a stack trace), request bodies the gateway does not
 * read (the connection still serves the next request, or is closed saying so), and refused requests (in the audit
 * trail, but never a flood of it).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RequestHardeningIT {

    private static final Duration SOON = Duration.ofSeconds(120);

    @Inject
    private BundleContext context;

    private Http http;
    private int port;

    /** The gateway, trusting the test as a proxy, so that refusals can come from clients of several addresses. */
    @Configuration
    public Option[] configuration() {
        Option[] options = Gateway.options("hardening");
        GatewayConfigFiles.set(GatewayConfigFiles.folderOf(options), "org.onestop.platform.identity.cfg",
                Map.of("trusted.proxies", "127.0.0.1"));
        return options;
    }

    @Before
    public void gatewayAnswers() {
        http = Http.ofRunningGateway(context);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    /** The bodies the fuzzer sent, by what is wrong with them. */
    private static Map<String, byte[]> malformed() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("a 2,000-digit number", utf8("{\"email\":\"a@b.cn\",\"password\":" + "9".repeat(2000) + "}"));
        bodies.put("5,000-deep nesting", utf8("{\"email\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        bodies.put("5,000-deep objects", utf8("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
        byte[] invalid = utf8("{\"email\":\"xx@b.cn\",\"password\":\"secret-word\"}");
        invalid[10] = (byte) 0xFF;
        invalid[11] = (byte) 0xFE;
        bodies.put("invalid UTF-8", invalid);
        bodies.put("a duplicate key", utf8("{\"email\":\"a@b.cn\",\"email\":\"c@d.cn\",\"password\":\"x\"}"));
        bodies.put("a 2,000,000-character text", utf8("{\"email\":\"" + "a".repeat(2_000_000) + "\"}"));
        bodies.put("an array for an object", utf8("[1,2]"));
        bodies.put("an object for a text", utf8("{\"email\":{}}"));
        bodies.put("broken syntax", utf8("{\"email\": "));
        return bodies;
    }

    @Test
    public void malformedJsonIsA400ProblemInTheCallersLanguageAndOneLineInTheLog() {
        String before = GatewayLog.text(context);
        StringBuilder wrong = new StringBuilder();
        for (Map.Entry<String, byte[]> body : malformed().entrySet()) {
            for (String endpoint : List.of("/api/account/login", "/api/account/register", "/api/account/confirm",
                    "/api/account/password-reset-requests", "/api/account/password-reset")) {
                Http.Answer answer = http.post(endpoint, body.getValue(), "Content-Type", "application/json");
                if (answer.status() != 400 || !"application/problem+json".equals(answer.header("Content-Type"))
                        || !answer.body().contains("\"status\":400") || !answer.body().contains("请求内容")) {
                    wrong.append(body.getKey()).append(" to ").append(endpoint).append(": ").append(answer.status())
                            .append(' ').append(answer.body(), 0, Math.min(200, answer.body().length()))
                            .append('\n');
                }
            }
        }
        assertEquals("", wrong.toString());

        Http.Answer english = http.post("/api/account/login", malformed().get("a duplicate key"), "Content-Type",
                "application/json", "Accept-Language", "en");
        assertTrue(english.body(), english.body().contains("names the field email more than once"));
        Http.Answer limits = http.post("/api/account/login", malformed().get("a 2,000-digit number"),
                "Content-Type", "application/json");
        assertTrue(limits.body(), limits.body().contains("嵌套不超过 64 层，数字不超过 100 位"));

        Browser operator = Browser.operator(port);
        String token = operator.csrfToken();
        Http.Answer huge = operator.json("POST", "/api/cases/YS-2026-000001/moves",
                "{\"transition\":\"qualify\",\"attachmentIds\":[1e400]}", "X-CSRF-Token", token);
        assertEquals(huge.body(), 400, huge.status());
        assertTrue(huge.body(), huge.body().contains("字段 attachmentIds[0] 的值类型不对或超出范围"));
        Http.Answer fraction = operator.json("POST", "/api/cases/YS-2026-000001/moves",
                "{\"transition\":\"qualify\",\"attachmentIds\":[1.5]}", "X-CSRF-Token", token);
        assertEquals(fraction.body(), 400, fraction.status());

        String log = GatewayLog.text(context).substring(before.length());
        assertTrue(log, log.contains("JSON body refused with 400"));
        assertFalse("no stack trace: " + log, log.contains("\tat "));
        assertFalse("no server error: " + log, log.contains("Request failed with error id"));
    }

    @Test
    public void aRequestBodyThatWasNotReadLeavesTheConnectionServingTheNextRequest() throws Exception {
        byte[] body = utf8("{\"email\":\"" + "x".repeat(100_000) + "\"}");
        for (String refused : List.of("POST /api/ops/accounts", "POST /no/such/page", "PUT /api/portal/modules",
                "POST /account")) {
            try (Socket socket = socket()) {
                OutputStream out = socket.getOutputStream();
                out.write(request(refused, body, "application/json"));
                out.write(request("GET /api/portal/modules", new byte[0], null));
                out.flush();
                List<String> answers = answers(socket.getInputStream(), 2);
                assertEquals(refused + ": " + answers, 2, answers.size());
                assertTrue(refused + ": " + answers, answers.get(0).matches("HTTP/1.1 (303|40[1345]) .*"));
                assertTrue(refused + ": " + answers, answers.get(1).startsWith("HTTP/1.1 200 "));
            }
        }

        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            byte[] whole = request("POST /api/ops/accounts", body, "application/json");
            out.write(whole, 0, 2000);
            out.flush();
            Thread.sleep(300);
            out.write(whole, 2000, whole.length - 2000);
            out.write(request("GET /api/portal/modules", new byte[0], null));
            out.flush();
            List<String> answers = answers(socket.getInputStream(), 2);
            assertEquals("a body sent in two parts: " + answers, 2, answers.size());
            assertTrue(answers.toString(), answers.get(1).startsWith("HTTP/1.1 200 "));
        }

        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(utf8("POST /api/ops/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200000000\r\n\r\n{\"email\":\""));
            out.flush();
            List<String> answers = answers(socket.getInputStream(), 2);
            assertEquals("too much to read: the answer says the connection ends, then it does: " + answers,
                    List.of("HTTP/1.1 401 Unauthorized [close]", "<end>"), answers);
        }
    }

    /** What the bad-input harness (bench/fuzz) found answered with a 500 and a stack trace, or a dropped connection. */
    @Test
    public void malformedHeadersFormsOfTheWrongTypeAndBrokenQueriesAreClientErrors() throws Exception {
        String before = GatewayLog.text(context);
        for (String language : List.of("!!;q=x", "zh-CN;q=2,,", "x".repeat(300))) {
            Http.Answer answer = http.get("/api/portal/modules", "Accept-Language", language);
            assertEquals(language, 200, answer.status());
        }
        Http.Answer english = http.get("/api/account/me", "Accept-Language", "zh-CN;q=abc, en");
        assertTrue("a weight that is no number counts for nothing: " + english.body(),
                english.body().contains("\"title\":\"Please log in\""));
        Http.Answer accept = http.get("/api/account/me", "Accept", "x/y;q=abc");
        assertEquals("an Accept header that cannot be read counts as absent: " + accept.body(), 401, accept.status());
        assertEquals("application/problem+json", accept.header("Content-Type"));
        Http.Answer json = http.post("/register", utf8("{\"email\":\"a@b.cn\"}"), "Content-Type", "application/json",
                "Accept", "text/html");
        assertEquals("a form route sent JSON", 415, json.status());
        assertTrue(json.body(), json.body().contains("格式不受支持"));
        Http.Answer query = http.post("/login?next=%FF%FE", new byte[0], "Content-Type",
                "application/x-www-form-urlencoded");
        assertEquals("a query that is no UTF-8, on a form without body: refused for want of a token", 403,
                query.status());
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(request("POST /api/cases/%00/claim", utf8("{}"), "application/json"));
            out.write(request("GET /api/portal/modules", new byte[0], null));
            out.flush();
            assertEquals("the HTTP server's own refusal says that it ends the connection",
                    List.of("HTTP/1.1 400 Bad Request [close]", "<end>"), answers(socket.getInputStream(), 2));
        }
        String log = GatewayLog.text(context).substring(before.length());
        assertFalse("no stack trace: " + log, log.contains("\tat "));
    }

    /**
     * Paths that are ambiguous or not text, sent with a large body (what the bad-input harness met as dropped
     * connections: the HTTP server refused such paths itself, and closed the connection without reading the body).
     */
    @Test
    public void aPathThatIsAmbiguousOrNoTextIsA400InTheCallersLanguageAfterTheBodyIsRead() throws Exception {
        String before = GatewayLog.text(context);
        byte[] json = utf8("{\"comment\":\"" + "x".repeat(1_500_000) + "\"}");
        for (String path : List.of("/api/cases/%C3%28/comments", "/api/cases/..%2F..%2Fetc%2Fpasswd/comments",
                "/api/cases/%2e%2e/comments", "/api/ops/%2e%2e/accounts")) {
            try (Socket socket = socket()) {
                OutputStream out = socket.getOutputStream();
                out.write(request("POST " + path, json, "application/json\r\nAccept-Language: en"));
                out.write(request("GET /api/portal/modules", new byte[0], null));
                out.flush();
                InputStream in = socket.getInputStream();
                String[] refused = answer(in);
                assertTrue(path + ": " + refused[0], refused[0].startsWith("HTTP/1.1 400 "));
                assertFalse(path + ": the connection is kept",
                        refused[0].toLowerCase().contains("connection: close"));
                assertTrue(path + ": " + refused[0], refused[0].toLowerCase()
                        .contains("\r\ncontent-type: application/problem+json"));
                assertTrue("the security headers too, " + path + ": " + refused[0], refused[0].toLowerCase()
                        .contains("\r\nx-content-type-options: nosniff")
                        && refused[0].contains("frame-ancestors 'none'"));
                JsonNode problem = new ObjectMapper().readTree(refused[1]);
                assertEquals(400, problem.path("status").asInt());
                assertEquals("Bad request", problem.path("title").asText());
                assertTrue(refused[1], problem.path("detail").asText().startsWith("The address contains characters"));
                assertEquals(path, problem.path("instance").asText());
                assertTrue(path + ": the next request on the connection", answer(in)[0].startsWith("HTTP/1.1 200 "));
            }
        }
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(request("POST /info/%C3%28", utf8("q=" + "x".repeat(1_500_000)),
                    "application/x-www-form-urlencoded\r\nAccept: text/html"));
            out.flush();
            String[] page = answer(socket.getInputStream());
            assertTrue(page[0], page[0].startsWith("HTTP/1.1 400 "));
            assertTrue(page[0], page[0].toLowerCase().contains("\r\ncontent-type: text/html"));
            assertTrue("a page, Chinese first: " + page[1], page[1].contains("<html lang=\"zh-CN\"")
                    && page[1].contains("<h1>请求有误</h1>") && page[1].contains("网址中含有不允许的字符"));
        }
        // paths the HTTP server cannot parse at all: it answers and ends the connection, after the body is read
        byte[] large = new byte[8 * 1024 * 1024];
        Arrays.fill(large, (byte) 'x');
        for (String path : List.of("/api/cases/%00/comments", "/api/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/info/%zz")) {
            try (Socket socket = socket()) {
                OutputStream out = socket.getOutputStream();
                out.write(request("POST " + path, large, "application/json"));
                out.flush();
                String[] refused = answer(socket.getInputStream());
                assertTrue(path + ": " + refused[0], refused[0].startsWith("HTTP/1.1 400 "));
                assertTrue(path + ": " + refused[0], refused[0].toLowerCase().contains("\r\nconnection: close"));
                assertTrue(path + ": " + refused[0], refused[0].toLowerCase()
                        .contains("\r\ncontent-type: application/problem+json"));
                assertTrue("the security headers too, " + path + ": " + refused[0], refused[0].toLowerCase()
                        .contains("\r\nx-content-type-options: nosniff")
                        && refused[0].contains("frame-ancestors 'none'"));
                assertTrue(path + ": " + refused[1], refused[1].contains("\"title\":\"请求有误\"")
                        && refused[1].contains("网址中含有不允许的字符"));
            }
        }
        Http.Answer garbage = http.post("/api/ops/accounts/1/active", utf8("true"), "Content-Type", "garbage",
                "Accept-Language", "en");
        assertEquals("a Content-Type that is no media type: " + garbage.body(), 415, garbage.status());
        assertEquals("application/problem+json", garbage.header("Content-Type"));
        assertTrue(garbage.body(), garbage.body().contains("\"title\":\"Format not supported\""));
        String log = GatewayLog.text(context).substring(before.length());
        assertFalse("no stack trace: " + log, log.contains("\tat "));
    }

    @Test
    public void aFormOfMoreThanAMegabyteIsRefusedWithoutBeingKeptInMemory() {
        Http.Answer big = http.post("/login", utf8("email=a%40b.cn&password=x&_csrf=" + "x".repeat(2_000_000)),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
        assertEquals(413, big.status());
        assertTrue(big.body(), big.body().contains("提交的表单超过 1024 KB"));
        assertEquals("a form of usual size is read, and refused for want of a token", 403, http.post("/login",
                utf8("email=a%40b.cn&password=x"), "Content-Type", "application/x-www-form-urlencoded").status());
    }

    @Test
    public void refusalsAreInTheAuditTrailButALoopOfThemIsCountedNotRecordedOneByOne() throws Exception {
        Browser operator = Browser.operator(port);
        Http.Answer forged = operator.postForm("/ops/accounts", Map.of("email", "x@example.cn", "_csrf", "forged"),
                "X-Forwarded-For", "198.51.100.23");
        assertEquals(403, forged.status());
        for (int i = 0; i < 25; i++) {
            assertEquals(401, http.get("/api/ops/audit?from=2026-01-01", "X-Forwarded-For", "198.51.100.24")
                    .status());
        }

        JsonNode forgedEntry = only(refusals(operator, "198.51.100.23"));
        assertEquals("account:1", forgedEntry.path("actor").asText());
        assertEquals("route:POST /ops/accounts", forgedEntry.path("target").asText());
        assertEquals("403 error.csrf.token", forgedEntry.path("detail").asText());
        List<JsonNode> loop = refusals(operator, "198.51.100.24");
        assertEquals("ten of the 25 refusals of one client in a minute: " + loop, 10, loop.size());
        assertEquals("anonymous", loop.get(0).path("actor").asText());
        assertEquals("the route, never the query", "route:GET /api/ops/audit", loop.get(0).path("target").asText());
        assertEquals("401 error.401.detail", loop.get(0).path("detail").asText());

        String summary = Await.until("the count of the refusals not recorded one by one", SOON,
                () -> operator.get("/api/ops/audit?action=access.refused.suppressed").body(),
                body -> body.contains("\"target\":\"client:198.51.100.24\""));
        assertTrue(summary, summary.contains("\"detail\":\"15 more refusals from "));
        assertEquals("{\"intact\":true,", operator.get("/api/ops/audit/verification").body().substring(0, 15));
    }

    /** The refusals in the audit trail from {@code client}. */
    private static List<JsonNode> refusals(Browser operator, String client) {
        JsonNode page = CaseClient.json(operator.get("/api/ops/audit?action=access.refused&size=200"));
        List<JsonNode> found = new ArrayList<>();
        page.path("items").forEach(e -> {
            if (e.path("action").asText().equals("access.refused") && e.path("clientAddress").asText().equals(client)) {
                found.add(e);
            }
        });
        return found;
    }

    private static JsonNode only(List<JsonNode> entries) {
        assertEquals(entries.toString(), 1, entries.size());
        return entries.get(0);
    }

    private Socket socket() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static byte[] request(String line, byte[] body, String type) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(utf8(line + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (type == null ? ""
                : "Content-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n") + "\r\n"));
        request.writeBytes(body);
        return request.toByteArray();
    }

    /**
     * The status lines of up to {@code count} answers read from one connection (with {@code [close]} when the answer
     * says {@code Connection: close}), then {@code <end>} if the server closed it, or {@code <silent>} if it neither
     * answered nor closed within the socket's timeout.
     */
    private static List<String> answers(InputStream in, int count) throws IOException {
        List<String> answers = new ArrayList<>();
        try {
            while (answers.size() < count) {
                String head = head(in);
                if (head == null) {
                    answers.add("<end>");
                    break;
                }
                String status = head.substring(0, head.indexOf("\r\n"));
                boolean close = head.toLowerCase().contains("\r\nconnection: close");
                answers.add(status + (close ? " [close]" : ""));
                Matcher length = Pattern.compile("(?i)\r\ncontent-length: (\\d+)").matcher(head);
                if (length.find()) {
                    in.readNBytes(Integer.parseInt(length.group(1)));
                } else if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                    chunks(in);
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            answers.add("<silent>");
        } catch (java.net.SocketException e) {
            answers.add("<end>");
        }
        return answers;
    }

    /** One whole answer: its head and its body (read by its {@code Content-Length}) as UTF-8. */
    private static String[] answer(InputStream in) throws IOException {
        String head = head(in);
        assertTrue("an answer, not the end of the connection", head != null);
        Matcher length = Pattern.compile("(?i)\r\ncontent-length: (\\d+)").matcher(head);
        assertTrue(head, length.find());
        return new String[] {head, new String(in.readNBytes(Integer.parseInt(length.group(1))),
                StandardCharsets.UTF_8)};
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                return new String(h, StandardCharsets.ISO_8859_1);
            }
        }
    }

    private static void chunks(InputStream in) throws IOException {
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return;
                }
                if (b != '\r') {
                    size.append((char) b);
                }
            }
            int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            in.readNBytes(n + 2);
            if (n == 0) {
                return;
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
