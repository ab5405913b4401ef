import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nothing acknowledged is ever lost (bench/crash/run starts it). Drives a gateway of the distribution itself: starts
 * it on a fresh data folder, signs in its first operator (who takes every staff role), registers and signs in CLIENTS
 * innovators, each with an innovation entity approved for pre-examination, and publishes a training course; then
 * CYCLES times: the clients submit every kind of thing the gateway acknowledges, each with a unique marker (and an
 * {@code Idempotency-Key} where the route takes one), now and then a patent import runs, the gateway is killed with
 * SIGKILL at a random moment, started again, and every acknowledged submission is looked up: there, whole (case,
 * timeline, files with their checksums, a correction counted, an enrolment holding its seat, a rating, an import
 * done or failed with its reason), a retried request with the same key answering the first receipt; the audit chain
 * verifies and the patent index is ready. Then a SIGTERM under load (each answer 2xx, or 503 with
 * {@code Retry-After}, or a refused connection; the exit within seconds) and, with the gateway stopped, the database
 * read directly ({@link StoredData}, {@link StoredModules}): nothing half-written, every acknowledged registration,
 * case, enrolment and rating there, no training seat given twice, each import's counts those of its rows, and the
 * patent table what the search found.
 *
 * <p>Usage: {@code java -cp DERBY_JARS CrashHarness.java DIST_JAR WORK CYCLES CLIENTS GRANT_XML}
 */
public final class CrashHarness {

    static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]*)\"");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern TRACKING = Pattern.compile("\"trackingNumber\":\"([A-Z]+-\\d{4}-\\d+)\"");
    static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("\"(terms|privacy)\":\\{\"version\":\"([^\"]+)\"");
    static final Pattern MAIL = Pattern.compile("\"recipient\":\"([^\"]+)\"");
    static final Pattern CONFIRM = Pattern.compile("/account/confirm\\?token=([A-Za-z0-9_%-]+)");
    static final String PASSWORD = "Crash-Bench-2026!";
    static final String ONE_TIME = "crash-one-time-2026";

    /** A signed-in person: the session's cookies and CSRF token. */
    record Person(String email, String cookies, String csrf) {
    }

    /** One acknowledged submission, as the client that sent it remembers it. */
    record Ack(String kind, String marker, String ref, Person who, String key, String sha256, Replay replay) {
    }

    /** The request to send again with the same key, and what it must answer. */
    record Replay(String path, byte[] body, String contentType) {
    }

    final GatewayProcess gateway;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    final String base;
    final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    final List<String> broken = Collections.synchronizedList(new ArrayList<>());
    final Map<String, AtomicInteger> unexpected = new ConcurrentHashMap<>();
    final Random random = new Random();
    Person operator;
    List<Person> innovators = new ArrayList<>();
    long ticketService;
    String cnipaBusiness;
    String terms;
    String privacy;
    int verified;
    final Map<String, String> samples = new ConcurrentHashMap<>();
    String auditChecked = "";
    /** A USPTO grant of the project's samples, the model of the documents of each import. */
    String grant;
    /** The patent imports started, in order. */
    final AtomicInteger imports = new AtomicInteger();
    String indexState = "";
    /** The application numbers the search finds (all of them), before the gateway stops. */
    final java.util.Set<String> indexed = ConcurrentHashMap.newKeySet();
    /** The state each import (by its number) was last found in after a restart. */
    final Map<String, String> importStates = new ConcurrentHashMap<>();

    CrashHarness(GatewayProcess gateway) {
        this.gateway = gateway;
        this.base = "http://127.0.0.1:" + gateway.port;
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int cycles = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        GatewayProcess gateway = new GatewayProcess(dist, work, clients);
        CrashHarness harness = new CrashHarness(gateway);
        harness.grant = Files.readString(Path.of(args[4]));
        try {
            System.exit(harness.run(cycles, clients) ? 0 : 1);
        } finally {
            gateway.kill();
        }
    }

    /** How long the clients submit before the kill: a random moment of up to 1.25 times this, in ms. */
    final int loadMillis = Integer.parseInt(System.getenv().getOrDefault("CRASH_LOAD_MS", "2000"));
    /** The time the kill cycles may take in all, in ms (0: no limit); at least {@link #MIN_CYCLES} run anyway. */
    final long budgetMillis = Long.parseLong(System.getenv().getOrDefault("CRASH_BUDGET_S", "0")) * 1000;
    static final int MIN_CYCLES = 3;

    /** The number of routes the gateway served after the setup, and the longest wait for them after a "ready". */
    int routes;
    long routesWaitMillis;

    int routeCount() throws Exception {
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(expect(get("/api/ops/routes", operator), 200,
                "the routes"));
        return total.find() ? Integer.parseInt(total.group(1)) : -1;
    }

    /**
     * Waits until the gateway serves every route it served before the kill: the modules of the deploy folder join
     * the REST application a moment after the gateway says it is ready, and a look-up in that moment meets a 404.
     * The wait is printed (the most of any cycle); 30 s without them is broken.
     */
    void routesBack(int cycle) throws Exception {
        long from = System.nanoTime();
        while (routeCount() != routes) {
            if (System.nanoTime() - from > TimeUnit.SECONDS.toNanos(30)) {
                broken.add("cycle " + cycle + ": " + routeCount() + " of the " + routes + " routes 30 s after ready");
                return;
            }
            Thread.sleep(50);
        }
        routesWaitMillis = Math.max(routesWaitMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from));
    }

    boolean run(int cycles, int clients) throws Exception {
        long first = gateway.start();
        System.out.printf("first start: %.1f s (port %d, data %s)%n", first / 1000.0, gateway.port, gateway.data);
        long setUpFrom = System.nanoTime();
        setUp(clients);
        routes = routeCount();
        System.out.printf("setup took:  %.1f s%n", (System.nanoTime() - setUpFrom) / 1e9);
        List<Long> restarts = new ArrayList<>();
        int failedRestarts = 0;
        long began = System.nanoTime();
        int done = 0;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            long spent = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            if (budgetMillis > 0 && cycle > MIN_CYCLES && spent + spent / (cycle - 1) > budgetMillis) {
                System.out.printf("budget:      %d of %d cycles in %.1f s; one more would pass CRASH_BUDGET_S=%d%n",
                        cycle - 1, cycles, spent / 1000.0, budgetMillis / 1000);
                break;
            }
            done = cycle;
            int before = acks.size();
            Load load = new Load(this, cycle);
            if (cycle % 10 == 2) {
                load.patentImport(); // acknowledged (202) before the kill's countdown: under way when it comes
            }
            load.start();
            Thread.sleep(loadMillis / 4 + random.nextInt(loadMillis));
            gateway.kill();
            load.finish();
            try {
                restarts.add(gateway.start());
            } catch (IllegalStateException e) {
                failedRestarts++;
                broken.add("cycle " + cycle + ": restart failed: " + e.getMessage());
                restarts.add(gateway.start());
            }
            routesBack(cycle);
            int lost = new Checks(this).acknowledged(acks, cycle % 5 == 0);
            System.out.printf("cycle %3d: %4d acknowledged (%d in all), restart %.1f s, %d lost%n", cycle,
                    acks.size() - before, acks.size(), restarts.get(restarts.size() - 1) / 1000.0, lost);
        }
        Checks checks = new Checks(this);
        int lost = checks.acknowledged(acks, true);
        checks.auditChain();
        checks.patentIndex();
        StopUnderLoad stop = new StopUnderLoad(this);
        boolean cleanStop = stop.run();
        StoredData.Report stored = StoredData.read(gateway.data, acks, indexed);
        List<Long> sorted = new ArrayList<>(restarts);
        Collections.sort(sorted);
        System.out.println();
        System.out.printf("cycles:          %d%n", done);
        System.out.printf("routes:          all %d back at most %.1f s after the gateway said it was ready%n", routes,
                routesWaitMillis / 1000.0);
        System.out.printf("acknowledged:    %d %s%n", acks.size(), kinds());
        System.out.printf("lost:            %d (must be 0)%n", lost + stored.missing());
        System.out.printf("half-written:    %d (must be 0)%n", stored.halfWritten());
        System.out.printf("failed restarts: %d (must be 0)%n", failedRestarts);
        System.out.printf("restart time:    min %.1f s, median %.1f s, max %.1f s%n", sorted.get(0) / 1000.0,
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
        Map<String, Integer> importsBy = new java.util.TreeMap<>();
        importStates.values().forEach(state -> importsBy.merge(state, 1, Integer::sum));
        System.out.printf("imports:         %d under way at a kill, found after the restart %s%n", imports.get(),
                importsBy);
        System.out.printf("sigterm:         %s%n", stop.summary());
        System.out.printf("other answers:   %s (refusals under load, not losses)%n", unexpected);
        samples.forEach((what, body) -> System.out.printf("  e.g. %s: %s%n", what, body));
        broken.addAll(stored.problems());
        if (!broken.isEmpty()) {
            System.out.println("BROKEN (" + broken.size() + "):");
            broken.stream().limit(30).forEach(line -> System.out.println("  " + line));
        }
        return broken.isEmpty() && lost == 0 && stored.missing() == 0 && stored.halfWritten() == 0
                && failedRestarts == 0 && cleanStop;
    }

    private String kinds() {
        Map<String, Integer> by = new LinkedHashMap<>();
        synchronized (acks) {
            acks.forEach(a -> by.merge(a.kind(), 1, Integer::sum));
        }
        return by.toString();
    }

    // ---- setting up through the gateway's routes -----------------------------------------------------------------

    void setUp(int clients) throws Exception {
        String in = expect(post("/api/account/login", json("email", "operator@onestop.local", "password", ONE_TIME),
                null), 200, "the operator's sign-in");
        Person first = new Person("operator@onestop.local", lastCookies, match(CSRF, in));
        String changed = expect(post("/api/account/password", json("current", ONE_TIME, "password", PASSWORD), first),
                200, "the operator's password");
        operator = new Person(first.email(), lastCookies, match(CSRF, changed));
        String me = expect(get("/api/account/me", operator), 200, "the operator");
        // every staff role, so that the operator can approve entities, examine, refuse, teach and import
        String roles = "[\"operator\",\"supervisor\",\"examiner\",\"assistance_officer\",\"trainer\",\"data_steward\"]";
        expect(send("PUT", "/api/ops/accounts/" + match(ID, me) + "/roles", roles.getBytes(StandardCharsets.UTF_8),
                "application/json", operator, null), 200, "the operator's roles");
        Map<String, String> versions = new LinkedHashMap<>();
        Matcher v = VERSION.matcher(expect(get("/api/legal", null), 200, "the legal texts"));
        while (v.find()) {
            versions.put(v.group(1) + "Version", v.group(2));
        }
        terms = versions.get("termsVersion");
        privacy = versions.get("privacyVersion");
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            String email = "crash-" + i + "@example.cn";
            emails.add(email);
            expect(post("/api/account/register", json("email", email, "password", PASSWORD, "displayName",
                    "压测申请人" + i, "mobile", String.format("139%08d", i), "termsVersion",
                    versions.get("termsVersion"), "privacyVersion", versions.get("privacyVersion")), null), 202,
                    "registration of " + email);
        }
        Map<String, String> tokens = confirmations(emails);
        for (String email : emails) {
            expect(post("/api/account/confirm", json("token", tokens.get(email)), null), 200, "confirming " + email);
            String signedIn = expect(post("/api/account/login", json("email", email, "password", PASSWORD), null),
                    200, "sign-in of " + email);
            innovators.add(new Person(email, lastCookies, match(CSRF, signedIn)));
        }
        ticketService = Long.parseLong(match(ID, expect(get("/api/ticketing/services", null), 200, "services")));
        cnipaBusiness = match(Pattern.compile("\"code\":\"([^\"]+)\""),
                expect(get("/api/cnipa/catalogue", null), 200, "the catalogue"));
        for (int i = 1; i <= clients; i++) {
            approvedEntity(innovators.get(i - 1), i);
        }
        course();
        nextSession = new int[clients];
        lastApplication = new String[clients];
        lastRequest = new String[clients];
        System.out.printf("setup:       operator and %d innovators signed in, each with an approved innovation entity;"
                + " ticket service %d, cnipa business %s, %d training sessions of %d seats%n", clients, ticketService,
                cnipaBusiness, sessions.size(), SEATS);
    }

    /** The organisation of the {@code n}th innovator, as its pre-examination requests name it. */
    static String organisation(int n) {
        return "压测新材料科技有限公司" + n;
    }

    /**
     * The innovator's organisation registered (备案) with the centre for pre-examination and approved by staff, so
     * that it may send requests.
     */
    void approvedEntity(Person who, int n) throws Exception {
        String code = creditCode(String.format("91150203MA0N7K%03d", n));
        expect(send("PUT", "/api/account/organisation", json("name", organisation(n), "creditCode", code, "address",
                "包头市昆都仑区钢铁大街" + n + "号", "contactPerson", "李华", "contactPhone", "0472-5123456")
                .getBytes(StandardCharsets.UTF_8), "application/json", who, null), 200, "the organisation of "
                + who.email());
        Multipart form = new Multipart().field("region", "150200").field("fields", "C12N").field("contactName", "李华")
                .field("contactPhone", "0472-5123456").file("licence", "营业执照.pdf", pdf("licence " + n));
        String registration = match(TRACKING, expect(send("POST", "/api/preexam/entity", form.body(), form.type(),
                who, UUID.randomUUID().toString()), 201, "the entity registration of " + who.email()));
        expect(move(registration, "approve", null), 200, "approving " + registration);
    }

    /** The operator takes the case (as the staff member who handles it). */
    void claim(String tracking) throws IOException, InterruptedException {
        send("POST", "/api/cases/" + tracking + "/claim", new byte[0], "application/json", operator, null);
    }

    /** A generic move of a case by the operator (who holds every staff role here). */
    HttpResponse<String> move(String tracking, String transition, String comment)
            throws IOException, InterruptedException {
        String body = "{\"transition\":\"" + transition + "\",\"comment\":" + (comment == null ? "null"
                : "\"" + comment + "\"") + ",\"attachmentIds\":[]}";
        return send("POST", "/api/cases/" + tracking + "/moves", body.getBytes(StandardCharsets.UTF_8),
                "application/json", operator, null);
    }

    /** Seats of each training session: fewer than the clients, so that some wait. */
    static final int SEATS = 2;
    /** Training sessions an innovator may enrol in, one after another. */
    static final int SESSIONS = 8;
    final List<Long> sessions = new ArrayList<>();
    /** Each client's next session to enrol in. */
    int[] nextSession = new int[0];
    /** Each client's latest acknowledged application not rated yet, and request not corrected yet (or null). */
    String[] lastApplication = new String[0];
    String[] lastRequest = new String[0];

    /** A published course of {@link #SESSIONS} sessions of {@link #SEATS} seats each, in ten days. */
    void course() throws Exception {
        String created = expect(post("/api/training/desk/courses", "{\"title\":\"专利申请文件撰写实务（压测）\","
                + "\"audience\":\"enterprises\",\"description\":\"权利要求书与说明书的撰写要点。\",\"trainer\":"
                + "\"赵讲师\",\"format\":\"both\",\"creditHours\":4}", operator), 201, "the course");
        long course = Long.parseLong(match(ID, created));
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
        for (int i = 0; i < SESSIONS; i++) {
            String session = expect(post("/api/training/desk/courses/" + course + "/sessions", "{\"date\":\"" + day
                    + "\",\"start\":\"" + String.format("%02d:00", 8 + i) + "\",\"end\":\""
                    + String.format("%02d:50", 8 + i) + "\",\"place\":\"中心三楼培训室\",\"capacity\":" + SEATS
                    + ",\"orgLimit\":0}", operator), 201, "a session");
            sessions.add(Long.parseLong(match(ID, session)));
        }
        expect(post("/api/training/desk/courses/" + course + "/publish", "", operator), 200, "publishing the course");
    }

    /** A unified social credit code (GB 32100-2015) from its first 17 characters, with its check character. */
    static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }

    /** The confirmation token mailed to each address, read from the operator's outbox. */
    Map<String, String> confirmations(List<String> emails) throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (tokens.size() < emails.size() && System.nanoTime() < deadline) {
            String body = expect(get("/api/ops/outbox?size=100", operator), 200, "the outbox");
            for (String item : body.split("\\{\"id\":")) {
                Matcher to = MAIL.matcher(item);
                Matcher link = CONFIRM.matcher(item);
                if (to.find() && link.find() && emails.contains(to.group(1))) {
                    tokens.putIfAbsent(to.group(1), URLDecoder.decode(link.group(1), StandardCharsets.UTF_8));
                }
            }
            Thread.sleep(200);
        }
        if (tokens.size() < emails.size()) {
            throw new IllegalStateException("only " + tokens.size() + " confirmation mails in the outbox");
        }
        return tokens;
    }

    // ---- HTTP -------------------------------------------------------------------------------------------------------

    volatile String lastCookies = "";

    HttpResponse<String> post(String path, String json, Person who) throws IOException, InterruptedException {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), "application/json", who, null);
    }

    HttpResponse<String> get(String path, Person who) throws IOException, InterruptedException {
        return send("GET", path, null, null, who, null);
    }

    HttpResponse<String> send(String method, String path, byte[] body, String type, Person who, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            r.header("Content-Type", type);
        }
        if (who != null) {
            r.header("Cookie", who.cookies()).header("X-CSRF-Token", who.csrf());
        }
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        HttpResponse<String> answer = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        List<String> set = answer.headers().allValues("Set-Cookie");
        if (!set.isEmpty()) {
            StringBuilder jar = new StringBuilder();
            for (String cookie : set) {
                jar.append(jar.length() == 0 ? "" : "; ").append(cookie.split(";", 2)[0]);
            }
            lastCookies = jar.toString();
        }
        return answer;
    }

    byte[] download(String path, Person who) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", who.cookies()).GET().build();
        HttpResponse<byte[]> answer = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return answer.statusCode() == 200 ? answer.body() : null;
    }

    static String expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found " + pattern + " in " + text);
        }
        return m.group(1);
    }

    /** A JSON object of string fields (names and values in pairs), escaped. */
    static String json(String... pairs) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":\"")
                    .append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A weekly bulk file of {@code count} USPTO grants (documents one after another): the sample grant without its
     * description, drawings and citations, numbered anew for import {@code n}.
     */
    byte[] grants(int n, int count) {
        String model = grant.replaceAll("(?s)<description.*?</description>", "")
                .replaceAll("(?s)<drawings.*?</drawings>", "").replaceAll("(?s)<us-citation.*?</us-citation>", "");
        Matcher application = Pattern.compile("(?s)(<application-reference.*?<doc-number>)(\\d+)").matcher(model);
        Matcher publication = Pattern.compile("(?s)(<publication-reference.*?<doc-number>)(\\d+)").matcher(model);
        if (!application.find() || !publication.find()) {
            throw new IllegalStateException("the sample grant has no numbers");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            int serial = 90_000_000 + n * 100_000 + i;
            String doc = model.substring(0, publication.end(1)) + String.format("%08d", serial - 30_000_000)
                    + model.substring(publication.end(2), application.end(1)) + serial
                    + model.substring(application.end(2));
            out.writeBytes(doc.strip().concat("\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A small complete PDF that carries {@code marker}, so that each file's checksum is its own. */
    static byte[] pdf(String marker) {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", "<< /Title (" + marker + ") >>"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        out.writeBytes((table + "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R /Info 4 0 R >>\n"
                + "startxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}

/** The gateway of the distribution in a process of its own, on a work folder: started, killed, stopped. */
final class GatewayProcess {

    final Path dist;
    final Path work;
    final Path data;
    final Path log;
    final int port;
    Process process;

    /**
     * A port no one listens on, below the local ports of outgoing connections (32768 and up): the gateway takes it
     * again at every restart, and meanwhile a client's connection could hold one of those (harnesses run side by
     * side, see bench/short).
     */
    static int freePort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 50; i++) {
            int port = 10000 + random.nextInt(22000);
            try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IOException("no free port between 10000 and 32000");
    }

    GatewayProcess(Path dist, Path work, int clients) throws IOException {
        this.dist = dist;
        this.work = work;
        this.data = work.resolve("data");
        this.log = work.resolve("gateway.log");
        this.port = freePort();
        Path config = work.resolve("config");
        try (var files = Files.walk(dist.getParent().resolve("config"))) {
            for (Path file : files.toList()) {
                Path target = config.resolve(dist.getParent().resolve("config").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(config.resolve("org.onestop.platform.identity.cfg"), "\nbootstrap.operator.password="
                + CrashHarness.ONE_TIME + "\nregistrations.per.hour=100000\n", StandardOpenOption.APPEND);
        // every client uploads a few files a second: an hourly number of uploads they never reach
        Files.writeString(config.resolve("org.onestop.platform.attachments.cfg"), "\nuploads.per.hour=1000000\n",
                StandardOpenOption.APPEND);
        // requests of an approved entity are counted against a quota: one the clients never reach
        Files.writeString(config.resolve("org.onestop.preexam.cfg"), "\nquota.requests=1000000\n",
                StandardOpenOption.APPEND);
        // imports stored in many batches, so that a kill comes between two; an export of every record
        Files.writeString(config.resolve("org.onestop.lookup.cfg"), "import.batch=200\nexport.limit=1000000\n");
    }

    /** Starts the gateway and waits until it says it is ready; answers how long that took, in ms. */
    long start() throws Exception {
        long from = System.nanoTime();
        long offset = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", dist.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        String options = System.getenv().getOrDefault("CRASH_JAVA_OPTS", "").strip();
        if (!options.isEmpty()) {
            builder.command().addAll(1, List.of(options.split("\\s+")));
        }
        builder.environment().keySet().removeIf(k -> k.startsWith("ONESTOP_"));
        builder.environment().put("ONESTOP_PORT", String.valueOf(port));
        builder.environment().put("ONESTOP_DATA", data.toString());
        builder.environment().put("ONESTOP_CONFIG", work.resolve("config").toString());
        process = builder.start();
        long deadline = from + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String since = since(offset);
            if (since.contains("OneStop is ready at")) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from);
            }
            if (!process.isAlive() || since.contains("database is not available")) {
                kill();
                throw new IllegalStateException("the gateway did not start: " + tail(since));
            }
            Thread.sleep(50);
        }
        kill();
        throw new IllegalStateException("the gateway was not ready within 120 s");
    }

    /** What the gateway logged after {@code offset}. */
    String since(long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
    }

    long logSize() throws IOException {
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /** SIGKILL: nothing of the gateway runs after this, not even its shutdown hooks. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM, as a service manager stops it; answers how long until the process ended, in ms (-1: not in 60 s). */
    long terminate() throws InterruptedException {
        long from = System.nanoTime();
        process.toHandle().destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
            return -1;
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from);
    }

    static String tail(String text) {
        return text.length() < 2000 ? text : text.substring(text.length() - 2000);
    }
}

/** A multipart/form-data body. */
final class Multipart {

    final String boundary = "crash" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Multipart file(String name, String fileName, byte[] content) {
        part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private void part(String head) {
        out.writeBytes(("--" + boundary + "\r\n" + head).getBytes(StandardCharsets.UTF_8));
    }

    byte[] body() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(out.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    String type() {
        return "multipart/form-data; boundary=" + boundary;
    }
}

/**
 * The clients of one cycle: each innovator submits, in turn (each client beginning at a kind of its own), a draft, an
 * assistance application with evidence, a comment on its latest case, a ticket for the hall, a pre-checked visit to
 * the patent office's window, a pre-examination request with its documents, the correction of its latest request
 * (once staff asked for it), an enrolment in its next training session, the rating of its latest application (once
 * staff refused and so closed it), and (once a cycle) a new account's registration; until the gateway stops
 * answering. Only what was answered 2xx counts as acknowledged; any other answer is tallied (a refusal is not a
 * loss). Every tenth cycle (the 2nd, 12th, …) begins with a patent import ({@link #patentImport}).
 */
final class Load {

    /** The kinds of submission a client sends in turn. */
    static final int KINDS = 9;
    static final Pattern STORED_NONE = Pattern.compile("\"added\":0,\"replaced\":0");
    static final Pattern ENROLMENT_STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");

    private final CrashHarness harness;
    private final int cycle;
    private final List<Thread> threads = new ArrayList<>();
    final AtomicBoolean stop = new AtomicBoolean();
    /** Answers seen while the gateway stopped (SIGTERM): status, or the failure's name. */
    final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> unclean = new ConcurrentLinkedQueue<>();
    volatile boolean stopping;

    Load(CrashHarness harness, int cycle) {
        this.harness = harness;
        this.cycle = cycle;
    }

    void start() {
        for (int c = 0; c < harness.innovators.size(); c++) {
            CrashHarness.Person who = harness.innovators.get(c);
            int client = c;
            Thread thread = new Thread(() -> submit(who, client), "client-" + c);
            thread.start();
            threads.add(thread);
        }
    }

    void finish() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    private void submit(CrashHarness.Person who, int client) {
        String lastCase = null;
        // each client begins the cycle at a kind of its own, so that every kind is sent however early the kill
        int first = (cycle * 4 + client * 3) % KINDS;
        for (int seq = first; !stop.get() || stopping; seq++) {
            String marker = "crash-" + cycle + "-" + client + "-" + seq + "-" + Long.toHexString(System.nanoTime());
            String lastApplication = harness.lastApplication[client];
            String lastRequest = harness.lastRequest[client];
            try {
                CrashHarness.Ack ack = seq == first && client == 0 ? registration(marker) : switch (seq % KINDS) {
                    case 0 -> draft(who, marker);
                    case 1 -> application(who, marker);
                    case 2 -> lastCase == null ? draft(who, marker) : comment(who, marker, lastCase);
                    case 3 -> ticket(who, marker);
                    case 4 -> visit(who, marker);
                    case 5 -> request(who, marker, client + 1);
                    case 6 -> lastRequest == null ? draft(who, marker) : correction(who, marker, lastRequest);
                    case 7 -> enrolment(who, marker, client);
                    default -> lastApplication == null ? draft(who, marker) : rating(who, marker, lastApplication);
                };
                if (ack != null) {
                    harness.acks.add(ack);
                    switch (ack.kind()) {
                        case "application" -> {
                            lastCase = ack.ref();
                            harness.lastApplication[client] = ack.ref();
                        }
                        case "visit" -> lastCase = ack.ref();
                        case "request" -> harness.lastRequest[client] = ack.ref();
                        case "correction" -> harness.lastRequest[client] = null;
                        case "rating" -> harness.lastApplication[client] = null;
                        default -> {
                        }
                    }
                }
            } catch (IOException e) {
                String name = e instanceof ConnectException || e.getCause() instanceof ConnectException
                        ? "refused" : e.getClass().getSimpleName();
                answers.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                if (name.equals("refused") || !stopping) {
                    return; // the gateway is gone: this client's cycle is over
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Documents in each patent import. */
    static final int GRANTS = 2000;

    /**
     * A data steward's (the operator's) import of {@link #GRANTS} USPTO grants in one bulk file, running in the
     * background when the kill comes; acknowledged by its 202 (ref: the import's number).
     */
    void patentImport() {
        int n = harness.imports.incrementAndGet();
        try {
            HttpResponse<String> answer = harness.send("POST", "/api/lookup/patents/imports?name=crash-grants-" + n
                    + ".xml&format=uspto-xml", harness.grants(n, GRANTS), "application/xml", harness.operator, null);
            CrashHarness.Ack ack = acknowledged("import", "grants-" + n, answer, 202, CrashHarness.ID,
                    harness.operator, null, null, null);
            if (ack != null) {
                harness.acks.add(ack);
                // the kill comes once a batch is stored (or the import is over), so that it comes between two
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                String report = answer.body();
                while (STORED_NONE.matcher(report).find() && !report.contains("\"state\":\"DONE\"")
                        && !report.contains("\"state\":\"FAILED\"") && System.nanoTime() < until) {
                    Thread.sleep(20);
                    report = harness.get("/api/lookup/patents/imports/" + ack.ref(), harness.operator).body();
                }
            }
        } catch (IOException e) {
            answers.computeIfAbsent("import " + e.getClass().getSimpleName(), k -> new AtomicInteger())
                    .incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends one submission; answers its acknowledgement, or null (tallied) when it was not acknowledged. */
    private CrashHarness.Ack acknowledged(String kind, String marker, HttpResponse<String> answer, int created,
            Pattern ref, CrashHarness.Person who, String key, String sha256, CrashHarness.Replay replay) {
        int status = answer.statusCode();
        answers.computeIfAbsent(String.valueOf(status), k -> new AtomicInteger()).incrementAndGet();
        if (status == created) {
            Matcher m = ref.matcher(answer.body());
            if (!m.find()) {
                harness.broken.add(kind + " " + marker + ": acknowledged without a reference: " + answer.body());
                return null;
            }
            return new CrashHarness.Ack(kind, marker, m.group(1), who, key, sha256, replay);
        }
        boolean retry = status == 503 && answer.headers().firstValue("Retry-After").isPresent();
        // a half-stopped gateway: a server error, a route or a module gone (a refusal of the business is an answer)
        boolean halfStopped = status >= 500 && !retry || status == 404 || status == 409
                && answer.body().contains("没有开放");
        if (stopping && halfStopped) {
            unclean.add(kind + " " + status + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        harness.unexpected.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
        harness.samples.putIfAbsent(kind + " " + status, answer.body().substring(0, Math.min(300,
                answer.body().length())));
        return null;
    }

    private CrashHarness.Ack registration(String marker) throws IOException, InterruptedException {
        String email = marker + "@example.cn";
        String body = CrashHarness.json("email", email, "password", CrashHarness.PASSWORD, "displayName", "新用户",
                "mobile", "13900000000", "termsVersion", harness.terms, "privacyVersion", harness.privacy);
        HttpResponse<String> answer = harness.send("POST", "/api/account/register",
                body.getBytes(StandardCharsets.UTF_8), "application/json", null, null);
        CrashHarness.Ack ack = acknowledged("registration", marker, answer, 202, Pattern.compile("()"), null, null,
                null, null);
        return ack == null ? null : new CrashHarness.Ack("registration", marker, email, null, null, null, null);
    }

    private CrashHarness.Ack draft(CrashHarness.Person who, String marker) throws IOException, InterruptedException {
        String body = "{\"module\":\"assistance\",\"caseType\":\"application\",\"title\":\"" + marker
                + "\",\"content\":\"{\\\"facts\\\":\\\"" + marker + "\\\"}\"}";
        return acknowledged("draft", marker, harness.send("POST", "/api/drafts", body.getBytes(StandardCharsets.UTF_8),
                "application/json", who, null), 201, CrashHarness.ID, who, null, null, null);
    }

    private CrashHarness.Ack application(CrashHarness.Person who, String marker)
            throws IOException, InterruptedException {
        byte[] evidence = CrashHarness.pdf(marker);
        Multipart form = new Multipart().field("businessType", "assistance").field("rightType", "trademark")
                .field("rightNumber", "25478896").field("otherParty", "某公司 " + marker).field("venue", "online")
                .field("venueDetail", "某电商平台").field("onlineShop", "https://shop.example.cn/1")
                .field("facts", "压测事实 " + marker).field("assistance", "guidance")
                .file("evidence", "证据.pdf", evidence);
        return keyed("application", marker, "/api/assistance/applications", form, who, evidence);
    }

    private CrashHarness.Ack comment(CrashHarness.Person who, String marker, String tracking)
            throws IOException, InterruptedException {
        return acknowledged("comment", marker, harness.send("POST", "/api/cases/" + tracking + "/comments",
                CrashHarness.json("text", "补充说明 " + marker).getBytes(StandardCharsets.UTF_8), "application/json",
                who, null), 200, Pattern.compile("\"trackingNumber\":\"([^\"]+)\""), who, null, null, null);
    }

    private CrashHarness.Ack ticket(CrashHarness.Person who, String marker) throws IOException, InterruptedException {
        String body = "{\"serviceId\":" + harness.ticketService + ",\"channel\":\"online\"}";
        CrashHarness.Ack ack = acknowledged("ticket", marker, harness.send("POST", "/api/ticketing/tickets",
                body.getBytes(StandardCharsets.UTF_8), "application/json", who, null), 201, CrashHarness.KEY, who,
                null, null, null);
        if (ack != null) {
            // one number a day per service and person: given back at once, so that the next one can be taken
            harness.send("POST", "/api/ticketing/tickets/" + ack.ref() + "/cancel", new byte[0], "application/json",
                    who, null);
        }
        return ack;
    }

    private CrashHarness.Ack visit(CrashHarness.Person who, String marker) throws IOException, InterruptedException {
        byte[] materials = CrashHarness.pdf(marker);
        Multipart form = new Multipart().field("business", harness.cnipaBusiness).field("note", "窗口预审 " + marker)
                .file("materials", "材料.pdf", materials);
        return keyed("visit", marker, "/api/cnipa/visits", form, who, materials);
    }

    /**
     * A multipart submission sent with a fresh {@code Idempotency-Key}, acknowledged by its 201 with a tracking
     * number; {@code file} is the one the checks look for by its checksum.
     */
    private CrashHarness.Ack keyed(String kind, String marker, String path, Multipart form, CrashHarness.Person who,
            byte[] file) throws IOException, InterruptedException {
        String key = UUID.randomUUID().toString();
        CrashHarness.Replay replay = new CrashHarness.Replay(path, form.body(), form.type());
        return acknowledged(kind, marker, harness.send("POST", path, replay.body(), replay.contentType(), who, key),
                201, CrashHarness.TRACKING, who, key, CrashHarness.sha256(file), replay);
    }

    /** A patent pre-examination request of the innovator's approved entity, with its five documents. */
    private CrashHarness.Ack request(CrashHarness.Person who, String marker, int n)
            throws IOException, InterruptedException {
        byte[] description = CrashHarness.pdf(marker);
        Multipart form = new Multipart().field("patentType", "invention").field("title", "一种耐高温纤维素酶突变体 "
                + marker).field("applicants", CrashHarness.organisation(n)).field("inventors", "李华\n王敏")
                .field("mainIpc", "C12N 9/42").field("furtherIpc", "").field("notPct", "true")
                .file("requestForm", "发明专利请求书.pdf", CrashHarness.pdf(marker + " request"))
                .file("description", "说明书.pdf", description)
                .file("claims", "权利要求书.pdf", CrashHarness.pdf(marker + " claims"))
                .file("abstract", "说明书摘要.pdf", CrashHarness.pdf(marker + " abstract"))
                .file("drawings", "说明书附图.pdf", CrashHarness.pdf(marker + " drawings"));
        return keyed("request", marker, "/api/preexam/requests", form, who, description);
    }

    /**
     * The examiner (the operator) takes the request, confirms its scope and asks for a correction; the applicant
     * sends the corrected description. The correction is acknowledged by its 200.
     */
    private CrashHarness.Ack correction(CrashHarness.Person who, String marker, String tracking)
            throws IOException, InterruptedException {
        harness.claim(tracking);
        harness.move(tracking, "accept-scope", null);
        harness.move(tracking, "request-correction", "说明书缺少实施例2的酶活测定温度，请补正。");
        byte[] corrected = CrashHarness.pdf(marker + " corrected");
        Multipart form = new Multipart().field("comment", "已补正 " + marker)
                .file("description", "说明书（补正）.pdf", corrected);
        return acknowledged("correction", marker, harness.send("POST", "/api/preexam/requests/" + tracking
                + "/correction", form.body(), form.type(), who, null), 200, CrashHarness.TRACKING, who, null,
                CrashHarness.sha256(corrected), null);
    }

    /** An enrolment in the client's next training session (marker: the session); confirmed or waiting. */
    private CrashHarness.Ack enrolment(CrashHarness.Person who, String marker, int client)
            throws IOException, InterruptedException {
        int next = harness.nextSession[client];
        if (next >= harness.sessions.size()) {
            return draft(who, marker);
        }
        long session = harness.sessions.get(next);
        HttpResponse<String> answer = harness.send("POST", "/api/training/sessions/" + session + "/enrolments",
                new byte[0], "application/json", who, null);
        if (answer.statusCode() == 201 || answer.statusCode() == 409 && answer.body().contains("不能重复报名")) {
            harness.nextSession[client] = next + 1; // enrolled (perhaps before a kill, unacknowledged)
        }
        CrashHarness.Ack ack = acknowledged("enrolment", String.valueOf(session), answer, 201, CrashHarness.ID, who,
                null, null, null);
        Matcher status = ENROLMENT_STATUS.matcher(answer.body());
        return ack == null ? null : new CrashHarness.Ack("enrolment", session + "/" + (status.find() ? status.group(1)
                : "?"), ack.ref(), who, null, null, null);
    }

    /**
     * The assistance officer (the operator) takes the innovator's application and refuses it, which closes it and
     * invites a rating; the innovator rates the service, with the marker as its comment.
     */
    private CrashHarness.Ack rating(CrashHarness.Person who, String marker, String tracking)
            throws IOException, InterruptedException {
        harness.claim(tracking);
        harness.send("POST", "/api/assistance/applications/" + tracking + "/refusal", ("{\"reasons\":"
                + "[\"not-ip-dispute\"],\"text\":\"属于普通买卖合同纠纷。\"}").getBytes(StandardCharsets.UTF_8),
                "application/json", harness.operator, null);
        String body = "{\"level\":\"dissatisfied\",\"dimensions\":{\"timeliness\":\"satisfied\","
                + "\"professionalism\":\"dissatisfied\",\"result\":\"dissatisfied\"},\"comment\":\"未说明理由 "
                + marker + "\"}";
        return acknowledged("rating", marker, harness.send("POST", "/api/ratings/" + tracking,
                body.getBytes(StandardCharsets.UTF_8), "application/json", who, null), 201, CrashHarness.TRACKING, who,
                null, null, null);
    }
}

/** After a restart: every acknowledged submission looked up through the API, as its sender would. */
final class Checks {

    private static final Pattern IMPORT_STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");
    private static final Pattern CORRECTED = Pattern.compile("\"corrections\":[1-9]");
    private static final Pattern ATTACHMENT = Pattern.compile("\"id\":(\\d+)[^}]*?\"sha256\":\"([0-9a-f]{64})\"");
    private final CrashHarness harness;
    private int checked;

    Checks(CrashHarness harness) {
        this.harness = harness;
    }

    /**
     * Looks up the acknowledgements not looked up after an earlier restart (all of them when {@code all}), and
     * sends again, with its key, the latest acknowledged submission of each kind that takes one. Answers how many
     * are lost or not whole.
     */
    int acknowledged(List<CrashHarness.Ack> acks, boolean all) throws Exception {
        List<CrashHarness.Ack> now;
        synchronized (acks) {
            now = new ArrayList<>(acks.subList(all ? 0 : harness.verified, acks.size()));
            harness.verified = acks.size();
        }
        int lost = 0;
        Map<String, CrashHarness.Ack> latest = new LinkedHashMap<>();
        for (CrashHarness.Ack ack : now) {
            String problem = problem(ack);
            if (problem != null) {
                lost++;
                harness.broken.add(ack.kind() + " " + ack.marker() + " (" + ack.ref() + "): " + problem);
            }
            if (ack.replay() != null) {
                latest.put(ack.kind(), ack);
            }
        }
        for (CrashHarness.Ack ack : latest.values()) {
            HttpResponse<String> again = harness.send("POST", ack.replay().path(), ack.replay().body(),
                    ack.replay().contentType(), ack.who(), ack.key());
            if (again.statusCode() / 100 != 2 || !again.body().contains("\"" + ack.ref() + "\"")) {
                harness.broken.add(ack.kind() + " " + ack.ref() + ": sent again with its key, answered "
                        + again.statusCode() + " " + again.body());
            }
        }
        checked += now.size();
        return lost;
    }

    /** What is wrong with an acknowledged submission now; null when it is there and whole. */
    private String problem(CrashHarness.Ack ack) throws Exception {
        CrashHarness.Person who = ack.who();
        switch (ack.kind()) {
            case "registration" -> {
                return null; // read in the database once the gateway is stopped (StoredData)
            }
            case "draft" -> {
                return has(harness.get("/api/drafts/" + ack.ref(), who), ack.marker());
            }
            case "ticket" -> {
                return has(harness.get("/api/ticketing/tickets/" + ack.ref(), who), ack.ref());
            }
            case "comment" -> {
                return has(harness.get("/api/cases/" + ack.ref() + "/timeline", who), ack.marker());
            }
            case "request" -> {
                String missing = has(harness.get("/api/preexam/requests/" + ack.ref(), who), ack.marker());
                if (missing == null) {
                    missing = has(harness.get("/api/cases/" + ack.ref() + "/timeline", who), "\"");
                }
                return missing != null ? missing : file(ack);
            }
            case "correction" -> {
                HttpResponse<String> request = harness.get("/api/preexam/requests/" + ack.ref(), who);
                if (request.statusCode() != 200 || !CORRECTED.matcher(request.body()).find()) {
                    return "the request does not count the correction: " + request.statusCode() + " "
                            + request.body();
                }
                String missing = has(harness.get("/api/cases/" + ack.ref() + "/timeline", who), ack.marker());
                return missing != null ? missing : file(ack);
            }
            case "enrolment" -> {
                HttpResponse<String> mine = harness.get("/api/training/enrolments", who);
                Matcher m = Pattern.compile("\"id\":" + ack.ref() + ",[^}]*?\"status\":\"([a-z]+)\"")
                        .matcher(mine.body());
                if (mine.statusCode() != 200 || !m.find()) {
                    return "not among the innovator's enrolments: " + mine.statusCode() + " " + mine.body();
                }
                boolean held = ack.marker().endsWith("/confirmed") ? m.group(1).equals("confirmed")
                        : !m.group(1).equals("cancelled");
                return held ? null : "acknowledged as " + ack.marker() + ", now " + m.group(1);
            }
            case "import" -> {
                HttpResponse<String> report = harness.get("/api/lookup/patents/imports/" + ack.ref(), who);
                Matcher state = IMPORT_STATE.matcher(report.body());
                if (report.statusCode() != 200 || !state.find()) {
                    return "its report: " + report.statusCode() + " " + report.body();
                }
                harness.importStates.put(ack.ref(), state.group(1));
                boolean told = state.group(1).equals("DONE") || state.group(1).equals("FAILED")
                        && report.body().contains("中断");
                return told ? null : "after the restart it is neither done nor failed with the reason: "
                        + report.body();
            }
            case "rating" -> {
                return has(harness.get("/api/ratings/" + ack.ref(), who), ack.marker());
            }
            default -> {
                String path = ack.kind().equals("visit") ? "/api/cnipa/visits/" : "/api/assistance/applications/";
                String missing = has(harness.get(path + ack.ref(), who), ack.marker());
                if (missing == null) {
                    missing = has(harness.get("/api/cases/" + ack.ref() + "/timeline", who), "\"");
                }
                if (missing != null) {
                    return missing;
                }
                return file(ack);
            }
        }
    }

    /** The case's file: listed with the checksum of what was sent, and downloaded whole. */
    private String file(CrashHarness.Ack ack) throws Exception {
        HttpResponse<String> list = harness.get("/api/cases/" + ack.ref() + "/attachments", ack.who());
        Matcher m = ATTACHMENT.matcher(list.body());
        while (m.find()) {
            if (m.group(2).equals(ack.sha256())) {
                byte[] content = harness.download("/cases/" + ack.ref() + "/attachments/" + m.group(1), ack.who());
                return content != null && CrashHarness.sha256(content).equals(ack.sha256()) ? null
                        : "its file " + m.group(1) + " is not whole";
            }
        }
        return "no file with the checksum sent: " + list.statusCode() + " " + list.body();
    }

    private static String has(HttpResponse<String> answer, String text) {
        if (answer.statusCode() != 200) {
            return "answered " + answer.statusCode() + " " + answer.body();
        }
        return answer.body().contains(text) ? null : "without " + text + ": " + answer.body();
    }

    /** The operator's verification of the audit trail's hash chain. */
    void auditChain() throws Exception {
        String body = harness.get("/api/ops/audit/verification", harness.operator).body();
        harness.auditChecked = body;
        if (!body.contains("\"intact\":true")) {
            harness.broken.add("the audit chain does not verify: " + body);
        }
    }

    /** The patent index against its table: not behind once rebuilt by itself. */
    void patentIndex() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String body = harness.get("/api/lookup/patents/index", null).body();
        while (body.contains("REBUILDING") && System.nanoTime() < until) {
            Thread.sleep(200);
            body = harness.get("/api/lookup/patents/index", null).body();
        }
        harness.indexState = body;
        if (!body.contains("READY") && !body.contains("\"state\":\"ready\"")) {
            harness.broken.add("the patent index is not ready: " + body);
        }
        // what the search finds: every record, as the export of a search without criteria lists them
        HttpResponse<String> export = harness.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                harness.base + "/api/lookup/patents/export")).header("Accept", "text/csv").timeout(Duration.ofSeconds(
                60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (export.statusCode() != 200) {
            harness.broken.add("the export of every patent: " + export.statusCode() + " " + export.body());
            return;
        }
        List<String> lines = export.body().lines().skip(1).filter(l -> !l.isBlank()).toList();
        for (String line : lines) {
            harness.indexed.add(line.substring(0, line.indexOf(',')).replace("\"", "").strip());
        }
        if (harness.indexed.size() != lines.size() || !export.headers().firstValue("X-Total-Count")
                .orElse("").equals(String.valueOf(lines.size()))) {
            harness.broken.add("the export of every patent: " + lines.size() + " lines, " + harness.indexed.size()
                    + " numbers, X-Total-Count " + export.headers().firstValue("X-Total-Count").orElse("none"));
        }
        // and each found by its number, for a sample of them
        List<String> numbers = new ArrayList<>(harness.indexed);
        Collections.shuffle(numbers, harness.random);
        for (String number : numbers.subList(0, Math.min(20, numbers.size()))) {
            String found = harness.get("/api/lookup/patents?number=" + java.net.URLEncoder.encode(number,
                    StandardCharsets.UTF_8), null).body();
            if (!found.contains("\"total\":1") || !found.contains(number)) {
                harness.broken.add("patent " + number + " is not found by its number: " + found);
            }
        }
    }
}

/** SIGTERM while the clients submit: each answer 2xx, or 503 with Retry-After, or a refused connection. */
final class StopUnderLoad {

    private final CrashHarness harness;
    private long exitMillis;
    private Load load;
    private String logProblems = "";

    StopUnderLoad(CrashHarness harness) {
        this.harness = harness;
    }

    boolean run() throws Exception {
        long offset = harness.gateway.logSize();
        load = new Load(harness, 0);
        load.stopping = true;
        load.start();
        Thread.sleep(1500);
        exitMillis = harness.gateway.terminate();
        load.finish();
        String log = harness.gateway.since(offset);
        if (log.contains("\tat ") || log.contains("Exception")) {
            logProblems = GatewayProcess.tail(log);
            harness.broken.add("the log of the stop has a stack trace or an exception:\n" + logProblems);
        }
        if (!log.contains("Database closed")) {
            harness.broken.add("the database was not closed by the stop");
        }
        load.unclean.forEach(answer -> harness.broken.add("under SIGTERM: " + answer));
        return exitMillis >= 0 && exitMillis < 10_000 && load.unclean.isEmpty() && logProblems.isEmpty();
    }

    String summary() {
        return "exit after " + (exitMillis < 0 ? "more than 60 s" : String.format("%.1f s", exitMillis / 1000.0))
                + " (must be < 10 s); answers " + load.answers + "; not clean " + load.unclean.size()
                + " (must be 0)";
    }
}

/**
 * The database read directly once the gateway has stopped (embedded Derby allows one process at a time): every
 * acknowledged registration is an account and every case has its audit entry; nothing half-written — a case without
 * its timeline, a file row without its file, a stored file without its row.
 */
final class StoredData {

    record Report(int missing, int halfWritten, List<String> problems) {
    }

    static Report read(Path data, List<CrashHarness.Ack> acks, java.util.Set<String> indexed) throws Exception {
        List<String> problems = new ArrayList<>();
        int missing = 0;
        int half = 0;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:derby:" + data.resolve("db"))) {
            java.util.Set<String> emails = strings(db, "SELECT EMAIL FROM PLATFORM.ACCOUNT");
            java.util.Set<String> targets = strings(db, "SELECT TARGET FROM PLATFORM.AUDIT_ENTRY");
            java.util.Set<String> cases = strings(db, "SELECT TRACKING_NUMBER FROM CASES.CASE_FILE");
            synchronized (acks) {
                for (CrashHarness.Ack ack : acks) {
                    if (ack.kind().equals("registration") && !emails.contains(ack.ref())) {
                        missing++;
                        problems.add("registration " + ack.ref() + " acknowledged, no account");
                    }
                    if (ack.kind().equals("application") || ack.kind().equals("visit")
                            || ack.kind().equals("request")) {
                        if (!cases.contains(ack.ref())) {
                            missing++;
                            problems.add(ack.kind() + " " + ack.ref() + " acknowledged, no case in the database");
                        } else if (targets.stream().noneMatch(t -> t.contains(ack.ref()))) {
                            missing++;
                            problems.add(ack.kind() + " " + ack.ref() + " has no audit entry");
                        }
                    }
                }
            }
            for (String tracking : strings(db, "SELECT F.TRACKING_NUMBER FROM CASES.CASE_FILE F WHERE NOT EXISTS"
                    + " (SELECT 1 FROM CASES.CASE_EVENT E WHERE E.CASE_ID = F.ID)")) {
                half++;
                problems.add("case " + tracking + " without its timeline");
            }
            java.util.Set<String> rows = strings(db, "SELECT STORED_NAME FROM CASES.CASE_ATTACHMENT");
            Path folder = data.resolve("attachments");
            java.util.Set<String> files = new java.util.HashSet<>();
            if (Files.isDirectory(folder)) {
                try (var list = Files.list(folder)) {
                    list.filter(Files::isRegularFile).forEach(f -> files.add(f.getFileName().toString()));
                }
            }
            half += unmatched(rows, files, "file row %s without its file", problems)
                    + unmatched(files, rows, "stored file %s without its row", problems);
            System.out.printf("database:    %d accounts, %d cases, %d file rows, %d stored files, %d audit entries%n",
                    emails.size(), cases.size(), rows.size(), files.size(), targets.size());
            StoredModules modules = new StoredModules(db, problems);
            missing += modules.enrolmentsAndRatings(acks);
            half += modules.seats() + modules.imports(acks) + modules.patents(indexed);
        } finally {
            try {
                java.sql.DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby says it has shut down with an exception
            }
        }
        return new Report(missing, half, problems);
    }

    /** How many of {@code these} are not among {@code those}, each told as a problem in {@code format}. */
    static int unmatched(java.util.Set<String> these, java.util.Set<String> those, String format,
            List<String> problems) {
        int count = 0;
        for (String one : these) {
            if (!those.contains(one)) {
                count++;
                problems.add(String.format(format, one));
            }
        }
        return count;
    }

    static java.util.Set<String> strings(java.sql.Connection db, String sql) throws java.sql.SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (java.sql.Statement s = db.createStatement(); java.sql.ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1).strip());
            }
        }
        return out;
    }
}

/**
 * The new modules' tables, read directly: each acknowledged enrolment and rating stored, no training seat given
 * twice, each import's report telling what its records are, and the patent table against what the search found.
 */
final class StoredModules {

    private final java.sql.Connection db;
    private final List<String> problems;

    StoredModules(java.sql.Connection db, List<String> problems) {
        this.db = db;
        this.problems = problems;
    }

    /** Acknowledged enrolments and ratings missing from their tables. */
    int enrolmentsAndRatings(List<CrashHarness.Ack> acks) throws java.sql.SQLException {
        java.util.Set<String> enrolments = StoredData.strings(db, "SELECT CAST(ID AS CHAR(20)) FROM TRAINING.ENROLMENT"
                + " WHERE STATUS <> 'cancelled'");
        java.util.Set<String> rated = StoredData.strings(db, "SELECT TRACKING_NUMBER FROM RATINGS.INVITATION"
                + " WHERE RATED_AT IS NOT NULL");
        int missing = 0;
        synchronized (acks) {
            for (CrashHarness.Ack ack : acks) {
                if (ack.kind().equals("enrolment") && !enrolments.contains(ack.ref())
                        || ack.kind().equals("rating") && !rated.contains(ack.ref())) {
                    missing++;
                    problems.add(ack.kind() + " " + ack.ref() + " acknowledged, not in its table");
                }
            }
        }
        return missing;
    }

    /** Sessions with more seats taken (confirmed or offered) than they have, or a person enrolled twice. */
    int seats() throws java.sql.SQLException {
        int over = 0;
        int taken = 0;
        try (java.sql.Statement s = db.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT S.ID,"
                + " S.CAPACITY, COUNT(E.ID) FROM TRAINING.COURSE_SESSION S LEFT JOIN TRAINING.ENROLMENT E ON"
                + " E.SESSION_ID = S.ID AND E.STATUS IN ('confirmed', 'offered') GROUP BY S.ID, S.CAPACITY")) {
            while (r.next()) {
                taken += r.getInt(3);
                if (r.getInt(3) > r.getInt(2)) {
                    over++;
                    problems.add("training session " + r.getLong(1) + ": " + r.getInt(3) + " seats taken of "
                            + r.getInt(2));
                }
            }
        }
        try (java.sql.Statement s = db.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT SESSION_ID,"
                + " ACCOUNT_ID, COUNT(*) FROM TRAINING.ENROLMENT WHERE STATUS <> 'cancelled'"
                + " GROUP BY SESSION_ID, ACCOUNT_ID HAVING COUNT(*) > 1")) {
            while (r.next()) {
                over++;
                problems.add("training session " + r.getLong(1) + ": account " + r.getLong(2) + " enrolled "
                        + r.getInt(3) + " times");
            }
        }
        System.out.printf("training:    %d seats taken, no session over its capacity, nobody enrolled twice: %b%n",
                taken, over == 0);
        return over;
    }

    /** Imports whose report does not tell what they stored: still running, or counts other than their rows. */
    int imports(List<CrashHarness.Ack> acks) throws java.sql.SQLException {
        int wrong = 0;
        List<String> seen = new ArrayList<>();
        try (java.sql.Statement s = db.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT I.ID, I.STATE,"
                + " I.ADDED + I.REPLACED, (SELECT COUNT(*) FROM LOOKUP.PATENT P WHERE P.IMPORT_ID = I.ID)"
                + " FROM LOOKUP.PATENT_IMPORT I ORDER BY I.ID")) {
            while (r.next()) {
                seen.add(r.getInt(1) + " " + r.getString(2) + " " + r.getLong(4) + " rows");
                if (!r.getString(2).strip().equals("DONE") && !r.getString(2).strip().equals("FAILED")
                        || r.getLong(3) != r.getLong(4)) {
                    wrong++;
                    problems.add("import " + r.getInt(1) + " " + r.getString(2).strip() + ": its report counts "
                            + r.getLong(3) + " records stored, the table holds " + r.getLong(4));
                }
            }
        }
        System.out.printf("imports:     %s%n", seen);
        return wrong;
    }

    /** Patent rows the search did not find, and numbers it found without a row. */
    int patents(java.util.Set<String> indexed) throws java.sql.SQLException {
        java.util.Set<String> rows = StoredData.strings(db, "SELECT APPLICATION_NUMBER FROM LOOKUP.PATENT");
        int wrong = StoredData.unmatched(rows, indexed, "patent %s has a row and is not found by the search", problems)
                + StoredData.unmatched(indexed, rows, "patent %s is found by the search and has no row", problems);
        System.out.printf("patents:     %d rows, %d found by the search%n", rows.size(), indexed.size());
        return wrong;
    }
}
