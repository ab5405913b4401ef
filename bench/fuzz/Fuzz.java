import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bad-input harness's client (bench/fuzz/run starts the gateway around it). Its commands:
 *
 * <ul>
 * <li>{@code setup BASE OPERATOR PASSWORD SHORT STATE}: signs in the operator, makes one account of each role through
 * the gateway's own routes (a short run: an examiner only), an innovator, and an anonymous visitor with its token;
 * writes who they are (cookies, CSRF token) into {@code STATE/identities}.</li>
 * <li>{@code fuzz BASE STATE REQUESTS SEED}: reads the routes the gateway serves ({@code GET /api/ops/routes}) and
 * the forms of its pages, then sends REQUESTS requests, each built from the seed and its number alone: a route or
 * form, a caller (anonymous or each account, with or without its CSRF token) and a mutation of a plausible request
 * (wrong types, missing and extra fields, huge and deep values, invalid UTF-8, duplicate keys, broken multipart,
 * file names with paths and control characters, XML bombs, wrong content types, ids that do not exist or are
 * malformed). Writes the targets, the numbers of the refused requests and the figures into STATE.</li>
 * <li>{@code replay BASE STATE SEED}: sends the refused requests again, to the same gateway started again.</li>
 * <li>{@code count DB FILE}: the rows of every table of the (stopped) gateway's Derby database, one
 * {@code SCHEMA.TABLE count} a line.</li>
 * </ul>
 */
public final class Fuzz {

    private static final Pattern CSRF_JSON = Pattern.compile("\"csrfToken\":\"([^\"]*)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("\"(terms|privacy)\":\\{\"version\":\"([^\"]+)\"");
    private static final Pattern MAIL_TO = Pattern.compile("\"recipient\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("/account/(?:confirm|reset)\\?token=([A-Za-z0-9_%-]+)");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern HELD = Pattern.compile("name=\"held\\.[^\"]+\" value=\"\\d+\"");
    /** A path parameter of a template, its regular expression's own braces included ({@code {n: [0-9]{4}}}). */
    private static final Pattern PARAMETER = Pattern.compile("\\{[^{}]*(?:\\{[^{}]*}[^{}]*)*}");
    private static final String PASSWORD = "Fuzz-Harness-2026!";
    private static final String[] STAFF_ROLES = {"examiner", "assistance_officer", "trainer", "counter_clerk",
            "supervisor", "data_steward"};

    /** Who sends a request: the session's cookies and CSRF token; no cookie for the anonymous caller. */
    record Identity(String name, String cookies, String csrf) {
        boolean signedIn() {
            return cookies.contains("onestop_session=");
        }
    }

    /** What is fuzzed: a route (or a page's form) with what it takes. */
    record Target(String method, String path, String consumes, List<String> query, List<String> fields,
            Map<String, String> kinds, List<String> files) {
    }

    /** One request as sent. */
    record Sent(int index, String method, String path, String mutation, String who) {
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private Fuzz(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> new Fuzz(args[1]).setup(args[2], args[3], Boolean.parseBoolean(args[4]), Path.of(args[5]));
            case "fuzz" -> System.exit(new Fuzz(args[1]).fuzz(Path.of(args[2]), Integer.parseInt(args[3]),
                    Long.parseLong(args[4])));
            case "replay" -> System.exit(new Fuzz(args[1]).replay(Path.of(args[2]), Long.parseLong(args[3])));
            case "count" -> count(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- callers -------------------------------------------------------------------------------------------------

    private void setup(String operatorEmail, String operatorPassword, boolean shortRun, Path state) throws Exception {
        List<Identity> identities = new ArrayList<>();
        HttpResponse<String> login = send(get("/login", null));
        identities.add(new Identity("anonymous", cookies(login, ""), first(CSRF_FIELD, login.body())));
        Identity operator = signIn("operator", operatorEmail, operatorPassword);
        identities.add(operator);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        for (String role : shortRun ? new String[] {"examiner"} : STAFF_ROLES) {
            String email = "fuzz-" + role.replace('_', '-') + "-" + run + "@example.cn";
            expect(send(post("/api/ops/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"模糊测试 " + role
                    + "\",\"roles\":[\"" + role + "\"],\"language\":\"zh-CN\"}", operator)), 201, "account " + email);
            expect(send(post("/api/account/password-reset", "{\"token\":\"" + mailedToken(operator, email)
                    + "\",\"password\":\"" + PASSWORD + "\"}", null)), 200, "first password of " + email);
            identities.add(signIn(role, email, PASSWORD));
        }
        Map<String, String> versions = new HashMap<>();
        Matcher v = VERSION.matcher(send(get("/api/legal", null)).body());
        while (v.find()) {
            versions.put(v.group(1), v.group(2));
        }
        String email = "fuzz-innovator-" + run + "@example.cn";
        expect(send(post("/api/account/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"模糊测试申请人\",\"termsVersion\":\"" + versions.get("terms")
                + "\",\"privacyVersion\":\"" + versions.get("privacy") + "\"}", null)), 202, "registration");
        expect(send(post("/api/account/confirm", "{\"token\":\"" + mailedToken(operator, email) + "\"}", null)), 200,
                "confirmation");
        identities.add(signIn("innovator", email, PASSWORD));
        List<String> lines = new ArrayList<>();
        for (Identity identity : identities) {
            lines.add(identity.name() + "\t" + identity.cookies() + "\t" + identity.csrf());
        }
        Files.write(state.resolve("identities"), lines);
        System.out.println("callers:   " + String.join(", ", identities.stream().map(Identity::name).toList()));
    }

    private Identity signIn(String name, String email, String password) throws Exception {
        HttpResponse<String> in = send(post("/api/account/login", "{\"email\":\"" + email + "\",\"password\":\""
                + password + "\"}", null));
        expect(in, 200, "sign-in of " + email);
        return new Identity(name, cookies(in, ""), first(CSRF_JSON, in.body()));
    }

    private String mailedToken(Identity operator, String email) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            String body = send(get("/api/ops/outbox?size=50", operator)).body();
            for (String item : body.split("\\{\"id\":")) {
                Matcher to = MAIL_TO.matcher(item);
                Matcher link = TOKEN.matcher(item);
                if (to.find() && to.group(1).equals(email) && link.find()) {
                    return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no mail with a link for " + email + " in the outbox");
    }

    private static List<Identity> identities(Path state) throws IOException {
        List<Identity> identities = new ArrayList<>();
        for (String line : Files.readAllLines(state.resolve("identities"))) {
            String[] parts = line.split("\t", -1);
            identities.add(new Identity(parts[0], parts[1], parts[2]));
        }
        return identities;
    }

    // ---- what is fuzzed: the routes the gateway serves and its pages' forms ----------------------------------------

    private List<Target> discover(List<Identity> identities) throws Exception {
        Identity operator = identities.stream().filter(i -> i.name().equals("operator")).findFirst().orElseThrow();
        HttpResponse<String> answer = send(get("/api/ops/routes", operator));
        expect(answer, 200, "the list of routes");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> routes = (List<Map<String, Object>>) ((Map<String, Object>) new Json(
                answer.body()).value()).get("items");
        Map<String, Set<String>> formFields = new HashMap<>();
        Map<String, Set<String>> formFiles = new HashMap<>();
        Set<String> formActions = new TreeSet<>();
        for (Map<String, Object> route : routes) {
            String path = (String) route.get("path");
            if ("GET".equals(route.get("method")) && !path.contains("{")
                    && String.valueOf(route.get("produces")).contains("text/html")) {
                for (Identity identity : identities) {
                    forms(send(get(path, identity)).body(), formFields, formFiles, formActions);
                }
            }
        }
        List<Target> targets = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (Map<String, Object> route : routes) {
            String path = (String) route.get("path");
            @SuppressWarnings("unchecked")
            List<String> produces = (List<String>) route.get("produces");
            if (produces.stream().anyMatch(p -> p.startsWith("text/event-stream"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> consumes = (List<String>) route.get("consumes");
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) route.get("body");
            @SuppressWarnings("unchecked")
            List<String> form = (List<String>) route.get("form");
            String method = (String) route.get("method");
            String consumed = consumes.isEmpty() ? (form.isEmpty() ? "" : "application/x-www-form-urlencoded")
                    : consumes.get(0);
            Map<String, String> kinds = new TreeMap<>();
            body.forEach((k, kind) -> kinds.put(k, String.valueOf(kind)));
            Set<String> fields = new TreeSet<>(form);
            Set<String> files = new TreeSet<>();
            Pattern template = Pattern.compile(PARAMETER.matcher(path).replaceAll("[^/]+"));
            for (String action : formActions) {
                if (template.matcher(action).matches()) {
                    fields.addAll(formFields.get(action));
                    files.addAll(formFiles.get(action));
                    covered.add(action);
                }
            }
            if (consumed.startsWith("multipart/") && files.isEmpty()) {
                files.add("file");
            }
            @SuppressWarnings("unchecked")
            List<String> query = (List<String>) route.get("query");
            targets.add(new Target(method, path, consumed, query, List.copyOf(fields), kinds, List.copyOf(files)));
        }
        for (String action : formActions) {
            if (!covered.contains(action)) {
                targets.add(new Target("POST", action, formFiles.get(action).isEmpty()
                        ? "application/x-www-form-urlencoded" : "multipart/form-data", List.of(),
                        List.copyOf(formFields.get(action)), Map.of(), List.copyOf(formFiles.get(action))));
            }
        }
        System.out.printf("targets:   %d routes served (%d of them read from the REST runtime), %d page forms%n",
                targets.size(), routes.size(), formActions.size());
        return targets;
    }

    /** The forms of a page that post: their actions (without query) with their fields and file inputs. */
    private static void forms(String page, Map<String, Set<String>> fields, Map<String, Set<String>> files,
            Set<String> actions) {
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
                continue;
            }
            String action = attributes.getOrDefault("action", "").replace("&amp;", "&");
            action = action.contains("?") ? action.substring(0, action.indexOf('?')) : action;
            if (!action.startsWith("/") || action.endsWith("/logout")) {
                continue;
            }
            actions.add(action);
            Set<String> names = fields.computeIfAbsent(action, a -> new TreeSet<>());
            Set<String> fileNames = files.computeIfAbsent(action, a -> new TreeSet<>());
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                Map<String, String> a = attributes(field.group(2));
                String name = a.get("name");
                if (name == null || name.equals("_csrf")) {
                    continue;
                }
                ("file".equals(a.get("type")) ? fileNames : names).add(name);
            }
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            attributes.put(a.group(1).toLowerCase(), a.group(2));
        }
        return attributes;
    }

    private static void saveTargets(Path file, List<Target> targets) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Target t : targets) {
            List<String> kinds = new ArrayList<>();
            t.kinds().forEach((k, v) -> kinds.add(k + "=" + v));
            lines.add(String.join("\t", t.method(), t.path(), t.consumes(), String.join(",", t.query()),
                    String.join(",", t.fields()), String.join(",", kinds), String.join(",", t.files())));
        }
        Files.write(file, lines);
    }

    private static List<Target> loadTargets(Path file) throws IOException {
        List<Target> targets = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] p = line.split("\t", -1);
            Map<String, String> kinds = new TreeMap<>();
            for (String kv : split(p[5])) {
                kinds.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
            targets.add(new Target(p[0], p[1], p[2], split(p[3]), split(p[4]), kinds, split(p[6])));
        }
        return targets;
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : List.of(list.split(","));
    }

    // ---- the run ---------------------------------------------------------------------------------------------------

    private int fuzz(Path state, int requests, long seed) throws Exception {
        List<Identity> identities = identities(state);
        List<Target> targets = discover(identities);
        saveTargets(state.resolve("targets"), targets);
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            indices.add(i);
        }
        Tally tally = run(indices, targets, identities, seed);
        Files.write(state.resolve("refused"), tally.refused.stream().sorted().map(String::valueOf).toList());
        return tally.report("fuzz", state);
    }

    private int replay(Path state, long seed) throws Exception {
        List<Integer> indices = Files.readAllLines(state.resolve("refused")).stream().map(Integer::valueOf).toList();
        Tally tally = run(indices, loadTargets(state.resolve("targets")), identities(state), seed);
        return tally.report("replay", state);
    }

    /** What came back: answers by status, the 5xx and dropped requests, the refused ones. */
    private static final class Tally {
        final LongAdder sent = new LongAdder();
        final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> dropped = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> notProblems = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> acceptedWrites = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Integer> refused = new ConcurrentLinkedQueue<>();
        /** Files a refused page form holds for its next attempt, by design (FormFiles): named in its answer. */
        final LongAdder held = new LongAdder();
        final Map<String, LongAdder> byMutation = new ConcurrentHashMap<>();
        long nanos;

        int report(String phase, Path state) throws IOException {
            long fivexx = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue()
                    .sum()).sum();
            Map<Integer, Long> statuses = new TreeMap<>();
            byStatus.forEach((k, v) -> statuses.put(k, v.sum()));
            System.out.printf("%-9s  %d requests in %.1f s (%.0f/s); answers by status %s%n", phase + ":", sent.sum(),
                    nanos / 1e9, sent.sum() / (nanos / 1e9), statuses);
            System.out.printf("           5xx %d, dropped %d, accepted writes %d, API errors without a problem"
                    + " document %d%n", fivexx, dropped.size(), acceptedWrites.size(), notProblems.size());
            failures.stream().limit(40).forEach(f -> System.out.println("  5xx      " + f));
            dropped.stream().limit(20).forEach(f -> System.out.println("  dropped  " + f));
            notProblems.stream().limit(10).forEach(f -> System.out.println("  no problem document  " + f));
            if (phase.equals("replay")) {
                acceptedWrites.stream().limit(20).forEach(f -> System.out.println("  accepted on replay  " + f));
            }
            List<String> all = new ArrayList<>();
            failures.forEach(f -> all.add("5xx " + f));
            dropped.forEach(f -> all.add("dropped " + f));
            notProblems.forEach(f -> all.add("no-problem " + f));
            acceptedWrites.forEach(f -> all.add("accepted " + f));
            Files.write(state.resolve(phase + ".answers"), all);
            Files.write(state.resolve(phase + ".figures"), List.of("requests " + sent.sum(), "5xx " + fivexx,
                    "dropped " + dropped.size(), "accepted " + acceptedWrites.size(), "held " + held.sum()));
            return fivexx == 0 && dropped.isEmpty() ? 0 : 1;
        }
    }

    private Tally run(List<Integer> indices, List<Target> targets, List<Identity> identities, long seed)
            throws Exception {
        Tally tally = new Tally();
        AtomicInteger next = new AtomicInteger();
        int workers = Integer.parseInt(System.getenv().getOrDefault("FUZZ_CLIENTS", "4"));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                for (int n; (n = next.getAndIncrement()) < indices.size();) {
                    int index = indices.get(n);
                    Mutator mutator = new Mutator(new Random(seed * 1_000_003L + index), index, identities, targets);
                    Mutator.Built built = mutator.build();
                    one(built, tally);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(6, TimeUnit.HOURS);
        tally.nanos = System.nanoTime() - start;
        return tally;
    }

    private void one(Mutator.Built built, Tally tally) {
        Sent s = built.sent();
        String what = s.method() + " " + abbreviate(s.path(), 120) + " [" + s.mutation() + ", " + s.who() + "]";
        tally.sent.increment();
        tally.byMutation.computeIfAbsent(s.mutation(), m -> new LongAdder()).increment();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + s.path()))
                    .timeout(Duration.ofSeconds(60))
                    .method(s.method(), built.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(built.body()));
            built.headers().forEach(request::header);
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = answer.statusCode();
            tally.byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            if (status >= 500) {
                tally.failures.add(status + " " + what + " -> " + abbreviate(body.replaceAll("\\s+", " "), 300));
            }
            if (status < 300 && !s.method().equals("GET") && !s.method().equals("HEAD")
                    && !s.method().equals("OPTIONS")) {
                tally.acceptedWrites.add(status + " " + what);
            }
            if (status >= 300) {
                tally.refused.add(s.index());
                Matcher held = HELD.matcher(body);
                while (held.find()) {
                    tally.held.increment();
                }
            }
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (status >= 400 && s.path().startsWith("/api/") && !type.startsWith("application/problem+json")
                    && !s.method().equals("HEAD")) {
                tally.notProblems.add(status + " " + what + " " + type + " " + abbreviate(body, 120));
            }
        } catch (IllegalArgumentException e) {
            tally.sent.decrement();
        } catch (IOException e) {
            tally.dropped.add(what + " -> " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the mutations -------------------------------------------------------------------------------------------

    /** Builds request number {@code index} from its own random source: the same number gives the same request. */
    private static final class Mutator {
        record Built(Sent sent, Map<String, String> headers, byte[] body) {
        }

        static final String[] IDS = {"999999999", "0", "-1", "9223372036854775808", "abc", "YS-2026-999999",
                "XX-0000-000000", "%E4%B8%AD%E6%96%87", "..%2F..%2Fetc%2Fpasswd", "1.5", "1e400", "null",
                "%27%20OR%201%3D1--", "org.example.nowhere", "%C3%28", "%20", "true", "%00", "A".repeat(3000),
                "%EF%BF%BF", "%F0%9F%98%80", "%2e%2e", "%2E%2E%2F%2E%2E", "..%5C..%5Cwin.ini", "00000000-0000-0000-0000-000000000000", "-0", "+1", "0x10"};
        static final String[] QUERY = {"", "-5", "0", "2147483648", "99999999999999999999", "2026-13-45",
                "%E4%B8%AD%E6%96%87", "%C3%28", "%FF%FE", "a%00b", "1e400", "true", "%3Cscript%3E", "*",
                "%25%25", "x".repeat(5000), "2026-02-30T25:61:00Z", "1,2,3", "NaN", "-1"};
        static final String[] TEXTS = {"测试", "fuzz@example.cn", "2026-01-01", "", " ", "<script>alert(1)</script>",
                "' OR 1=1 --", "../../etc/passwd", "\u0000", "\ud83d\ude00", "9999-99-99", "C12N 15/00", "13-01",
                "A".repeat(1001), "invention", "zh-CN", "09:00", "13912345678", "91150100MA0N000000"};
        static final String[] JSON_MUTATIONS = {"plausible", "empty-object", "missing-field", "extra-fields",
                "wrong-types", "huge-value", "deep-nesting", "invalid-utf8", "duplicate-keys", "truncated",
                "empty-body", "not-an-object", "numbers", "wrong-content-type", "bom", "control-chars", "xml-bomb",
                "garbage"};
        static final String[] FORM_MUTATIONS = {"plausible", "missing-field", "extra-fields", "huge-value",
                "too-large", "bad-percent", "invalid-utf8", "duplicate-keys", "no-equals", "empty-body",
                "wrong-content-type", "control-chars"};
        static final String[] MULTIPART_MUTATIONS = {"plausible", "path-file-name", "control-file-name",
                "long-file-name", "encoded-word", "bad-encoded-word", "no-boundary", "wrong-boundary", "truncated",
                "no-final-boundary", "huge-part-headers", "many-files", "empty-body", "executable", "xml-bomb",
                "wrong-content-type", "missing-field", "huge-field"};

        final Random r;
        final int index;
        final Identity who;
        final Target target;
        final Map<String, String> headers = new LinkedHashMap<>();

        Mutator(Random r, int index, List<Identity> identities, List<Target> targets) {
            this.r = r;
            this.index = index;
            this.target = targets.get(r.nextInt(targets.size()));
            Identity chosen = identities.get(r.nextInt(identities.size()));
            // a signed-in caller never posts to a logout: the harness's sessions must last the run
            this.who = target.path().endsWith("/logout") ? identities.get(0) : chosen;
        }

        Built build() {
            String method = target.method();
            if (r.nextInt(40) == 0) {
                method = pick(new String[] {"PATCH", "DELETE", "PUT", "POST", "HEAD", "OPTIONS", "GET", "TRACE"});
            }
            StringBuilder path = new StringBuilder();
            Matcher param = PARAMETER.matcher(target.path());
            while (param.find()) {
                String id = pick(IDS);
                param.appendReplacement(path, Matcher.quoteReplacement(id));
            }
            param.appendTail(path);
            List<String> query = new ArrayList<>();
            for (String name : target.query()) {
                if (r.nextInt(3) > 0) {
                    query.add(name + "=" + pick(QUERY));
                }
            }
            if (r.nextInt(8) == 0) {
                query.add(pick(new String[] {"page", "size", "lang", "q", "extra"}) + "=" + pick(QUERY));
            }
            String csrf = csrfChoice();
            String mutation;
            byte[] body = null;
            boolean writes = !method.equals("GET") && !method.equals("HEAD");
            String consumes = target.consumes();
            if (!writes) {
                mutation = query.isEmpty() ? "path" : "query";
            } else if (consumes.startsWith("multipart/")) {
                mutation = pick(MULTIPART_MUTATIONS);
                body = multipart(mutation);
                if (csrf != null) {
                    query.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
                }
            } else if (consumes.equals("application/x-www-form-urlencoded") || consumes.isEmpty()
                    && !target.fields().isEmpty()) {
                mutation = pick(FORM_MUTATIONS);
                body = form(mutation, csrf);
            } else if (consumes.isEmpty() && r.nextBoolean()) {
                mutation = "no-body";
            } else {
                mutation = pick(JSON_MUTATIONS);
                body = json(mutation);
            }
            if (csrf != null) {
                headers.put("X-CSRF-Token", csrf);
            }
            if (!who.cookies().isEmpty() && r.nextInt(20) > 0) {
                headers.put("Cookie", who.cookies());
            }
            headers.put("Accept", pick(new String[] {"application/json", "text/html", "*/*",
                    "application/problem+json", "application/xml", "x/y;q=abc", "text/html,application/json;q=0.9"}));
            headers.put("Accept-Language", pick(new String[] {"zh-CN", "en", "en-US,en;q=0.9", "fr", "!!;q=x",
                    "zh-CN;q=2,,", "x".repeat(300)}));
            String full = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
            String csrfWord = csrf == null ? "no token" : csrf.equals(who.csrf()) ? "token" : "wrong token";
            return new Built(new Sent(index, method, full, mutation, who.name() + ", " + csrfWord), headers, body);
        }

        /** The caller's own token mostly; none or a wrong one sometimes. */
        String csrfChoice() {
            int dice = r.nextInt(20);
            if (who.csrf().isEmpty() || dice < 2) {
                return null;
            }
            return dice == 2 ? "0" + who.csrf().substring(1) : who.csrf();
        }

        String pick(String[] values) {
            return values[r.nextInt(values.length)];
        }

        String text() {
            return pick(TEXTS);
        }

        String plausible(String kind) {
            return switch (kind) {
                case "integer" -> pick(new String[] {"1", "42", "999999999", "0", "-3"});
                case "number" -> pick(new String[] {"1.5", "100", "0"});
                case "boolean" -> r.nextBoolean() ? "true" : "false";
                case "array" -> r.nextBoolean() ? "[]" : "[" + quote(text()) + "]";
                case "object" -> r.nextBoolean() ? "{}" : "{\"a\":" + quote(text()) + "}";
                default -> quote(text());
            };
        }

        String wrong(String kind) {
            String[] others = {"{\"x\":1}", "[1,2]", "\"text\"", "12", "true", "null", "-1.5e10", "\"\"", "[[[]]]"};
            String value;
            do {
                value = pick(others);
            } while (kind.equals("string") && value.startsWith("\"") || kind.equals("integer") && value.equals("12"));
            return value;
        }

        byte[] json(String mutation) {
            Map<String, String> fields = new LinkedHashMap<>();
            boolean bare = target.kinds().containsKey("");
            for (Map.Entry<String, String> e : target.kinds().entrySet()) {
                if (!e.getKey().isEmpty()) {
                    fields.put(e.getKey(), plausible(e.getValue()));
                }
            }
            String barePlausible = bare ? plausible(target.kinds().get("")) : null;
            List<String> names = new ArrayList<>(fields.keySet());
            switch (mutation) {
                case "empty-object" -> {
                    return bytes("{}");
                }
                case "missing-field" -> {
                    if (!names.isEmpty()) {
                        fields.remove(names.get(r.nextInt(names.size())));
                    }
                }
                case "extra-fields" -> {
                    fields.put("unexpected", "\"x\"");
                    fields.put("__proto__", "{\"admin\":true}");
                    fields.put("id", "123456789");
                }
                case "wrong-types" -> {
                    for (String name : names) {
                        if (r.nextBoolean()) {
                            fields.put(name, wrong(target.kinds().get(name)));
                        }
                    }
                    if (bare) {
                        return bytes(wrong(target.kinds().get("")));
                    }
                }
                case "huge-value" -> {
                    String huge = quote("长".repeat(r.nextBoolean() ? 300_000 : 1_100_000));
                    if (bare || names.isEmpty()) {
                        return bytes(bare && target.kinds().get("").equals("array") ? "[" + huge + "]" : huge);
                    }
                    fields.put(names.get(r.nextInt(names.size())), huge);
                }
                case "deep-nesting" -> {
                    int depth = r.nextBoolean() ? 70 : 5000;
                    String deep = "[".repeat(depth) + "]".repeat(depth);
                    if (bare || names.isEmpty()) {
                        return bytes(deep);
                    }
                    fields.put(names.get(r.nextInt(names.size())), r.nextBoolean() ? deep
                            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
                }
                case "invalid-utf8" -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    String key = names.isEmpty() ? "x" : names.get(0);
                    out.writeBytes(bytes("{\"" + key + "\":\"ab"));
                    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0,
                            (byte) 0x80});
                    out.writeBytes(bytes("\"}"));
                    return out.toByteArray();
                }
                case "duplicate-keys" -> {
                    String key = names.isEmpty() ? "id" : names.get(r.nextInt(names.size()));
                    return bytes(object(fields).replaceFirst("^\\{", "{\"" + key + "\":1,\"" + key + "\":"
                            + plausible(target.kinds().getOrDefault(key, "string")) + (fields.isEmpty() ? "" : ",")));
                }
                case "truncated" -> {
                    String whole = bare ? barePlausible : object(fields);
                    return bytes(whole.substring(0, Math.max(1, whole.length() / 2)));
                }
                case "empty-body" -> {
                    return new byte[0];
                }
                case "not-an-object" -> {
                    return bytes(pick(new String[] {"null", "[]", "\"text\"", "42", "true", "[{}]"}));
                }
                case "numbers" -> {
                    for (String name : names) {
                        fields.put(name, pick(new String[] {"1e400", "99999999999999999999", "-0.0", "1.5",
                                "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(200), "NaN",
                                "0x1F", "01"}));
                    }
                    if (bare) {
                        return bytes(pick(new String[] {"1e400", "1.5", "[1e400]", "99999999999999999999"}));
                    }
                }
                case "wrong-content-type" -> headers.put("Content-Type", pick(new String[] {"text/plain",
                        "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
                        "application/json; charset=latin-9", "garbage", "application/octet-stream"}));
                case "bom" -> {
                    return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(bare ? barePlausible
                            : object(fields)));
                }
                case "control-chars" -> {
                    for (String name : names) {
                        if (target.kinds().get(name).equals("string")) {
                            fields.put(name, "\"a\\u0000b\\u001f\\ud800c\\r\\n\"");
                        }
                    }
                }
                case "xml-bomb" -> {
                    headers.put("Content-Type", pick(new String[] {"application/xml", "text/xml"}));
                    return bytes(xmlBomb());
                }
                case "garbage" -> {
                    byte[] noise = new byte[r.nextInt(4096)];
                    r.nextBytes(noise);
                    headers.put("Content-Type", pick(new String[] {"application/json", "text/csv",
                            "application/octet-stream"}));
                    return noise;
                }
                default -> {
                }
            }
            headers.putIfAbsent("Content-Type", "application/json");
            return bytes(bare ? barePlausible : object(fields));
        }

        String xmlBomb() {
            return switch (r.nextInt(4)) {
                case 0 -> "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                        + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                        + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                        + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                        + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
                        + "<us-patent-grant><invention-title>&lol9;</invention-title></us-patent-grant>";
                case 1 -> "<?xml version=\"1.0\"?><!DOCTYPE us-patent-grant [<!ENTITY xxe SYSTEM"
                        + " \"file:///etc/passwd\">]><us-patent-grant><invention-title>&xxe;</invention-title>"
                        + "</us-patent-grant>";
                case 2 -> "<?xml version=\"1.0\"?>" + "<a>".repeat(20_000) + "</a>".repeat(20_000);
                default -> "<?xml version=\"1.0\"?><us-patent-grant><publication-reference><document-id>"
                        + "<doc-number>1</doc-number></document-id></publication-reference>";
            };
        }

        byte[] form(String mutation, String csrf) {
            List<String> pairs = new ArrayList<>();
            if (csrf != null) {
                pairs.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            }
            for (String field : target.fields()) {
                pairs.add(field + "=" + URLEncoder.encode(text(), StandardCharsets.UTF_8));
            }
            String type = "application/x-www-form-urlencoded";
            switch (mutation) {
                case "missing-field" -> {
                    if (pairs.size() > 1) {
                        pairs.remove(1 + r.nextInt(pairs.size() - 1));
                    }
                }
                case "extra-fields" -> {
                    pairs.add("unexpected=1");
                    pairs.add("roles=operator");
                }
                case "huge-value" -> pairs.add(pick(target.fields().isEmpty() ? new String[] {"x"}
                        : target.fields().toArray(String[]::new)) + "=" + "%E9%95%BF".repeat(60_000));
                case "too-large" -> pairs.add("x=" + "a".repeat(1_100_000));
                case "bad-percent" -> pairs.add(pick(target.fields().isEmpty() ? new String[] {"x"}
                        : target.fields().toArray(String[]::new)) + "=%ZZ%4");
                case "invalid-utf8" -> pairs.replaceAll(p -> p.startsWith("_csrf") ? p : p + "%C3%28%FF");
                case "duplicate-keys" -> pairs.addAll(new ArrayList<>(pairs));
                case "no-equals" -> pairs.add("lonely&&=&=x");
                case "empty-body" -> pairs.clear();
                case "wrong-content-type" -> type = pick(new String[] {"application/json", "text/plain",
                        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded; charset=gbk"});
                case "control-chars" -> pairs.replaceAll(p -> p.startsWith("_csrf") ? p : p + "%00%0D%0A%1B");
                default -> {
                }
            }
            headers.put("Content-Type", type);
            return bytes(String.join("&", pairs));
        }

        byte[] multipart(String mutation) {
            String boundary = "----fuzz" + Integer.toHexString(index);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<String> fields = new ArrayList<>(target.fields());
            if (mutation.equals("missing-field") && !fields.isEmpty()) {
                fields.remove(r.nextInt(fields.size()));
            }
            for (String field : fields) {
                String value = mutation.equals("huge-field") ? "长".repeat(30_000) : text();
                out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"\r\n\r\n" + value + "\r\n"));
            }
            int files = mutation.equals("many-files") ? 60 : 1;
            for (int f = 0; f < files; f++) {
                String field = target.files().isEmpty() ? "file" : target.files().get(r.nextInt(target.files()
                        .size()));
                String name = switch (mutation) {
                    case "path-file-name" -> pick(new String[] {"../../../etc/passwd.pdf", "C:\\Windows\\sys.pdf",
                            "/tmp/x/../../a.pdf", "..\\..\\a.pdf", "sub/dir/说明书.pdf"});
                    case "control-file-name" -> "a\u0000b\u0001\u001f\u007f.pdf";
                    case "long-file-name" -> "长".repeat(2000) + ".pdf";
                    case "encoded-word" -> "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                            bytes("说明书.pdf")) + "?=";
                    case "bad-encoded-word" -> pick(new String[] {"=?UTF-8?B?@@@?=", "=?nope?Q?x?=",
                            "=?UTF-8?Q?=ZZ?="});
                    case "xml-bomb" -> "patents.xml";
                    case "executable" -> "invoice.pdf";
                    default -> "说明书.pdf";
                };
                byte[] content = switch (mutation) {
                    case "xml-bomb" -> bytes(xmlBomb());
                    case "executable" -> concat(bytes("MZ"), new byte[200]);
                    default -> r.nextInt(4) == 0 ? new byte[0] : bytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
                };
                String disposition = "form-data; name=\"" + field + "\"; filename=\"" + name + "\"";
                if (mutation.equals("encoded-word") && r.nextBoolean()) {
                    disposition = "form-data; name=\"" + field + "\"; filename*=UTF-8''"
                            + pick(new String[] {"%E8%AF%B4.pdf", "%ZZ.pdf", "%C3%28.pdf"});
                }
                out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: " + disposition));
                if (mutation.equals("huge-part-headers")) {
                    out.writeBytes(bytes("\r\nX-Padding: " + "p".repeat(20_000)));
                }
                out.writeBytes(bytes("\r\nContent-Type: application/pdf\r\n\r\n"));
                out.writeBytes(content);
                out.writeBytes(bytes("\r\n"));
            }
            if (!mutation.equals("no-final-boundary")) {
                out.writeBytes(bytes("--" + boundary + "--\r\n"));
            }
            byte[] body = out.toByteArray();
            String type = "multipart/form-data; boundary=" + boundary;
            switch (mutation) {
                case "no-boundary" -> type = "multipart/form-data";
                case "wrong-boundary" -> type = "multipart/form-data; boundary=" + pick(new String[] {"other",
                        "\"\"", "x".repeat(200), ";;"});
                case "truncated" -> body = java.util.Arrays.copyOf(body, Math.max(1, r.nextInt(body.length)));
                case "empty-body" -> body = new byte[0];
                case "wrong-content-type" -> type = pick(new String[] {"application/json", "text/plain",
                        "multipart/mixed; boundary=" + boundary, "application/x-www-form-urlencoded"});
                default -> {
                }
            }
            headers.put("Content-Type", type);
            return body;
        }

        String object(Map<String, String> fields) {
            List<String> parts = new ArrayList<>();
            fields.forEach((k, v) -> parts.add(quote(k) + ":" + v));
            return "{" + String.join(",", parts) + "}";
        }
    }

    // ---- counting rows ---------------------------------------------------------------------------------------------

    private static void count(String db, Path out) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t JOIN"
                    + " SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T' ORDER BY 1, 2")) {
                while (rs.next()) {
                    tables.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    lines.add(table.replace("\"", "") + " " + rs.getLong(1));
                }
            }
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby says it shut down by throwing
        }
        Files.write(out, lines);
    }

    // ---- HTTP and text -------------------------------------------------------------------------------------------

    private HttpRequest get(String path, Identity who) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (who != null && !who.cookies().isEmpty()) {
            b.header("Cookie", who.cookies());
        }
        return b.build();
    }

    private HttpRequest post(String path, String json, Identity who) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (who != null) {
            b.header("Cookie", who.cookies()).header("X-CSRF-Token", who.csrf());
        }
        return b.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private static String cookies(HttpResponse<?> answer, String before) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String c : before.isEmpty() ? new String[0] : before.split("; ")) {
            jar.put(c.substring(0, c.indexOf('=')), c);
        }
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        return String.join("; ", jar.values());
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** A small JSON reader: objects as maps, arrays as lists, numbers as doubles. */
    private static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skip();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skip();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    at++; // ':'
                    map.put(key, value());
                    skip();
                    if (text.charAt(at++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skip();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (text.charAt(at++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.valueOf(word);
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            at++;
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
