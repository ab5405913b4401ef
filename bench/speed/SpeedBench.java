import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The speed of the hall (bench/run): the gateway of the distribution against a bare Jetty servlet serving the very
 * bytes the gateway answered, side by side in one run, for JSON reads and pages, anonymous and signed in; the cold
 * start; the resident memory; durable submissions at 1, 4 and 16 clients and at a constant rate. Prints the figures
 * with each goal; exits 3 when a run met errors (non-2xx answers, socket errors, failed submissions).
 *
 * <p>Usage: {@code SpeedBench <onestop.jar> <bench-baseline.jar> <work folder> <patent generator source>}.
 */
public final class SpeedBench {

    private static final String PASSWORD = "Bench-Passw0rd-2026";
    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build();

    /** One address measured: JSON or a page, anonymous or with a person's session, and its goal (the ratio). */
    record Case(String name, String kind, String path, String cookie, double goal) {
    }

    private final Path dist;
    private final Path baselineJar;
    private final Path work;
    private final Path generator;
    private final String duration = env("BENCH_DURATION", "20s");
    private final String warmup = env("BENCH_WARMUP", "5s");
    private final Wrk wrk = new Wrk(Integer.parseInt(env("BENCH_THREADS", "2")),
            Integer.parseInt(env("BENCH_CONNECTIONS", "50")));
    private final boolean profile = env("BENCH_PROFILE", "0").equals("1");
    private final Set<String> only = Arrays.stream(env("BENCH_ONLY", "").split(",")).filter(s -> !s.isBlank())
            .collect(Collectors.toSet());
    private boolean errors;

    private SpeedBench(Path dist, Path baselineJar, Path work, Path generator) {
        this.dist = dist;
        this.baselineJar = baselineJar;
        this.work = work;
        this.generator = generator;
    }

    public static void main(String[] args) throws Exception {
        SpeedBench bench = new SpeedBench(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        bench.run();
        System.exit(bench.errors ? 3 : 0);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private void run() throws Exception {
        List<String> javaOptions = Arrays.stream(env("BENCH_JAVA_OPTS", "").split("\\s+")).filter(s -> !s.isBlank())
                .toList();
        try (GatewayUnderTest gateway = new GatewayUnderTest(dist, work.resolve("gateway"), freePort(), javaOptions)) {
            double firstStart = gateway.start();
            long firstMemory = gateway.residentMb();
            gateway.close();
            double start = gateway.start();
            long memory = gateway.residentMb();
            System.out.printf("start:      %.2f s from java -jar to the first 200 of / (goal <= 2 s; the classes mapped"
                    + " from the archive the first start wrote, as with ./onestop run; the first start on an empty data"
                    + " folder, with its migrations and demo data: %.2f s)%n", start, firstStart);
            System.out.printf("memory:     %d MB resident after the start (goal <= 384 MB; after the first start: %d MB)"
                    + "%n", memory, firstMemory);
            measure(gateway);
        }
    }

    private void measure(GatewayUnderTest gateway) throws Exception {
        String base = gateway.base();
        Http operator = Http.operator(base, GatewayUnderTest.ONE_TIME, PASSWORD,
                List.of("operator", "supervisor", "examiner", "data_steward"));
        Http innovator = Http.innovator(base, operator, "speed@example.cn", PASSWORD);
        int records = Integer.parseInt(env("BENCH_RECORDS", "20000"));
        importPatents(operator, records);
        String term = URLEncoder.encode("稀土", StandardCharsets.UTF_8);
        Matcher slug = SLUG.matcher(new String(new Http(base).get("/api/info/news").body(), StandardCharsets.UTF_8));
        if (!slug.find()) {
            throw new IllegalStateException("no news item to read");
        }
        List<Case> cases = new ArrayList<>(List.of(
                new Case("news (JSON)", "api", "/api/info/news", null, 0.6),
                new Case("patent search (JSON)", "api", "/api/lookup/patents?q=" + term, null, 0.6),
                new Case("my requests (JSON)", "api", "/api/requests", innovator.cookieHeader(), 0.6),
                new Case("home", "page", "/", null, 0.4),
                new Case("news item", "page", "/info/news/" + slug.group(1), null, 0.4),
                new Case("lookup results", "page", "/lookup/patents?q=" + term, null, 0.4),
                new Case("workbench", "page", "/staff", operator.cookieHeader(), 0.4)));
        cases.removeIf(c -> !only.isEmpty() && only.stream().noneMatch(o -> c.name().startsWith(o)));
        Map<Case, Path> bodies = capture(base, cases);
        try (Baseline baseline = Baseline.start(baselineJar, work, freePort(), bodies)) {
            compare(gateway, baseline, bodies);
            Map<Case, Wrk.Result[]> results = new LinkedHashMap<>();
            Map<Case, String> profiles = new LinkedHashMap<>();
            Long memoryAfterLookup = null;
            for (Case c : cases) {
                warmUp(baseline.base() + c.path(), c.cookie());
                warmUp(base + c.path(), c.cookie());
                Wrk.Result bare = wrk.run(baseline.base() + c.path(), duration, c.cookie());
                if (profile) {
                    gateway.jcmd("JFR.start", "name=bench", "settings=profile");
                }
                Wrk.Result ours = wrk.run(base + c.path(), duration, c.cookie());
                if (profile) {
                    Path file = work.resolve("profile-" + results.size() + ".jfr");
                    gateway.jcmd("JFR.stop", "name=bench", "filename=" + file);
                    profiles.put(c, TopFrames.of(file, 12, 25));
                }
                results.put(c, new Wrk.Result[] {bare, ours});
                if (c.path().contains("/lookup/")) {
                    memoryAfterLookup = gateway.residentMb();
                }
                System.err.printf("[bench] %s: bare Jetty %.0f/s, gateway %.0f/s%n", c.name(), bare.rps(), ours.rps());
            }
            report(results);
            if (memoryAfterLookup != null) {
                System.out.printf("memory:     %d MB resident after the lookup benchmarks%n", memoryAfterLookup);
            }
            profiles.forEach((c, top) -> System.out.println("\nprofile of the gateway, " + c.name() + " (" + c.path()
                    + "):\n" + top));
        }
        if (only.isEmpty() || only.contains("submissions")) {
            submissions(innovator);
        }
    }

    /**
     * Loads an address until its rate settles: runs of {@code BENCH_WARMUP} (5 s) until one is within 5 % of the
     * one before, at most {@code BENCH_WARMUP_MAX} (120 s). The gateway's JIT takes about a minute on two cores
     * before a new address runs at its full rate; a short fixed warm-up measured the compiler, not the gateway.
     */
    private void warmUp(String url, String cookie) throws Exception {
        double seconds = seconds(warmup);
        double max = seconds(env("BENCH_WARMUP_MAX", "120s"));
        double last = 0;
        for (double spent = 0; spent < max; spent += seconds) {
            double rps = wrk.run(url, warmup, cookie).rps();
            if (last > 0 && Math.abs(rps - last) <= 0.05 * last) {
                return;
            }
            last = rps;
        }
    }

    private static double seconds(String duration) {
        return duration.endsWith("m") ? 60 * Double.parseDouble(duration.substring(0, duration.length() - 1))
                : Double.parseDouble(duration.replace("s", ""));
    }

    private void importPatents(Http steward, int records) throws Exception {
        Path csv = work.resolve("patents.csv");
        Process generate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                generator.toString(), Integer.toString(records), csv.toString()).inheritIO().start();
        if (generate.waitFor() != 0) {
            throw new IllegalStateException("the patent generator failed");
        }
        HttpResponse<String> accepted = steward.client.send(steward.request("/api/lookup/patents/imports?name="
                + "patents.csv").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = accepted.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "the import was refused: " + accepted.statusCode() + " " + accepted.body()));
        String path = URI.create(location).getPath();
        String state = "";
        for (int i = 0; i < 1200 && !state.equals("DONE"); i++) {
            Thread.sleep(500);
            Matcher s = Pattern.compile("\"state\":\"([A-Z]+)\"").matcher(steward.json("GET", path, null, 200));
            state = s.find() ? s.group(1) : "";
            if (state.equals("FAILED")) {
                throw new IllegalStateException("the import failed");
            }
        }
        Matcher total = TOTAL.matcher(new String(new Http(steward.base).get("/api/lookup/patents/index").body(),
                StandardCharsets.UTF_8));
        System.out.printf("data:       %s patent records imported and indexed%n", total.find() ? total.group(1) : "?");
    }

    /** Each case's body as the gateway answers it, in a file. */
    private Map<Case, Path> capture(String base, List<Case> cases) throws Exception {
        Map<Case, Path> bodies = new LinkedHashMap<>();
        for (Case c : cases) {
            HttpResponse<byte[]> answer = fetch(base + c.path(), c.cookie());
            if (answer.statusCode() != 200 || answer.body().length == 0) {
                throw new IllegalStateException("GET " + c.path() + " answered " + answer.statusCode());
            }
            Path file = work.resolve("body-" + bodies.size());
            Files.write(file, answer.body());
            Files.writeString(work.resolve("type-" + bodies.size()),
                    answer.headers().firstValue("Content-Type").orElse("application/octet-stream"));
            bodies.put(c, file);
        }
        return bodies;
    }

    /** {@code GET url} as wrk sends it: no cookie but the one given. */
    private static HttpResponse<byte[]> fetch(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Both answer 200 with the same bytes (a page that differs from one answer to the next is only noted). */
    private void compare(GatewayUnderTest gateway, Baseline baseline, Map<Case, Path> bodies) throws Exception {
        for (Map.Entry<Case, Path> e : bodies.entrySet()) {
            Case c = e.getKey();
            byte[] again = fetch(gateway.base() + c.path(), c.cookie()).body();
            HttpResponse<byte[]> bare = fetch(baseline.base() + c.path(), null);
            byte[] captured = Files.readAllBytes(e.getValue());
            if (bare.statusCode() != 200 || !Arrays.equals(bare.body(), captured)) {
                throw new IllegalStateException("the bare Jetty does not answer " + c.path() + " as captured");
            }
            if (!Arrays.equals(again, captured)) {
                System.err.printf("[bench] note: %s differs from one answer to the next (%d and %d bytes)%n", c.path(),
                        captured.length, again.length);
            }
        }
    }

    private void report(Map<Case, Wrk.Result[]> results) {
        System.out.printf("%nload: wrk closed loop, %s per run after a warm-up until the rate settles (runs of %s"
                + " until one is within 5 %% of the last), each address on the bare Jetty and then on the gateway%n",
                duration, warmup);
        System.out.printf("%-22s %10s %10s %6s %5s %9s %9s %9s %6s %s%n", "address", "bare/s", "gateway/s", "ratio",
                "goal", "p50 ms", "p99 ms", "bare p99", "p99×", "met");
        for (Map.Entry<Case, Wrk.Result[]> e : results.entrySet()) {
            Case c = e.getKey();
            Wrk.Result bare = e.getValue()[0];
            Wrk.Result ours = e.getValue()[1];
            double ratio = ours.rps() / bare.rps();
            double p99Times = ours.p99() / bare.p99();
            boolean met = ratio >= c.goal() && p99Times <= 2;
            System.out.printf("%-22s %10.0f %10.0f %6.2f %5.1f %9.2f %9.2f %9.2f %6.1f %s%n", c.name(), bare.rps(),
                    ours.rps(), ratio, c.goal(), ours.p50(), ours.p99(), bare.p99(), p99Times, met ? "yes" : "no");
            for (String side : List.of("bare", "gateway")) {
                String errors = (side.equals("bare") ? bare : ours).errors();
                if (!errors.isEmpty()) {
                    System.out.println("WARNING: " + side + " " + c.path() + ":" + errors);
                    this.errors = true;
                }
            }
        }
    }

    private void submissions(Http innovator) throws Exception {
        Submissions drafts = new Submissions(innovator);
        double seconds = Double.parseDouble(env("BENCH_SUBMIT_SECONDS", "10"));
        System.out.printf("%ndurable submissions: an innovator saves pre-examination drafts (PUT /api/drafts/{id}),"
                + " %.0f s a run%n", seconds);
        System.out.printf("%-24s %8s %8s %9s %9s %9s %7s%n", "load", "saved", "per s", "p50 ms", "p99 ms", "max ms",
                "failed");
        drafts.closedLoop(4, Math.min(5, seconds));
        Submissions.Result single = null;
        Submissions.Result sixteen = null;
        for (int clients : new int[] {1, 4, 16}) {
            Submissions.Result r = drafts.closedLoop(clients, seconds);
            line(clients + (clients == 1 ? " client" : " clients"), r);
            single = clients == 1 ? r : single;
            sixteen = clients == 16 ? r : sixteen;
        }
        int rate = Integer.parseInt(env("BENCH_RATE", "50"));
        Submissions.Result paced = drafts.constantRate(rate, Double.parseDouble(env("BENCH_RATE_SECONDS", "30")));
        line(rate + "/s, constant rate", paced);
        System.out.printf("16 clients / 1 client: %.1f× (goal >= 2); constant rate p99 %.1f ms (goal <= 25 ms)%n",
                sixteen.rps() / single.rps(), paced.p99());
    }

    private void line(String load, Submissions.Result r) {
        System.out.printf("%-24s %8d %8.0f %9.2f %9.2f %9.2f %7d%n", load, r.sent(), r.rps(), r.p50(), r.p99(), r.max(),
                r.failed());
        if (r.failed() > 0) {
            System.out.println("WARNING: " + r.failed() + " saves were not answered 200");
            errors = true;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
