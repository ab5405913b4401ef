import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minute of the service hall at its busiest, against a running gateway (bench/ticketing/run starts it), through
 * the gateway's own routes: the operator (holding the supervisor role) sets up COUNTERS counters serving every
 * service and as many clerks (staff accounts with the role counter_clerk, their passwords set from the mailed link
 * read in the operator's outbox); an SSE client listens on the board ({@code /api/ticketing/board/events}). Then for
 * SECONDS seconds VISITORS visitors take numbers at the kiosk ({@code POST /api/ticketing/tickets}, channel kiosk,
 * from the gateway's own machine), each pausing PAUSE ms on average between two, while every clerk calls the next
 * number at their counter, serves and finishes it, and calls again ({@code call-next} answering 404 while nobody
 * waits is tried again after 20 ms). Prints calls/s, takes/s, the duplicates (a number called twice, or two takes
 * given one number: must be 0), the calls the board never told, and the delay from a call's HTTP answer to its
 * {@code called} event on the board (p50, p99; an event that came before the answer counts as 0). Exits 1 when a
 * number was duplicated, a call never reached the board or a request failed.
 *
 * <p>Usage: {@code java HallRush.java BASE OPERATOR_EMAIL OPERATOR_PASSWORD [COUNTERS] [VISITORS] [SECONDS] [PAUSE]}
 */
public final class HallRush {

    private static final String PASSWORD = "Hall-Rush-Bench-2026!";
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([A-Z]\\d{3})\"");
    private static final Pattern MAIL = Pattern.compile("\"recipient\":\"([^\"]+)\"");
    private static final Pattern RESET = Pattern.compile("/account/reset\\?token=([A-Za-z0-9_%-]+)");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    /** A signed-in person: the session's cookies and CSRF token. */
    record Person(String email, String cookies, String csrf) {
    }

    private final String base;
    private final HttpClient http = client();
    private final AtomicLong failures = new AtomicLong();
    /** How long each kind of request took, in nanoseconds. */
    private final Map<String, ConcurrentLinkedQueue<Long>> took = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();

    private HallRush(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java HallRush.java BASE OPERATOR_EMAIL OPERATOR_PASSWORD [COUNTERS] [VISITORS]"
                    + " [SECONDS] [PAUSE]");
            System.exit(2);
        }
        int counters = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int visitors = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        int pause = args.length > 6 ? Integer.parseInt(args[6]) : 4000;
        HallRush bench = new HallRush(args[0]);
        long setup = System.nanoTime();
        Person supervisor = bench.signIn(args[1], args[2]);
        List<Long> services = bench.services();
        bench.counters(supervisor, counters, services);
        List<Person> clerks = bench.clerks(supervisor, counters);
        System.out.printf("setup:     %d counters serving %d services, %d clerks signed in, in %.1f s%n", counters,
                services.size(), clerks.size(), (System.nanoTime() - setup) / 1e9);
        System.exit(bench.rush(services, clerks, visitors, seconds, pause) ? 0 : 1);
    }

    // ---- setting up through the gateway's routes -----------------------------------------------------------------

    private Person signIn(String email, String password) throws Exception {
        HttpResponse<String> in = send(post("/api/account/login", json("email", email, "password", password), null));
        expect(in, 200, "sign-in of " + email);
        return new Person(email, cookies(in), first(CSRF, in.body()));
    }

    private List<Long> services() throws Exception {
        HttpResponse<String> list = send(get("/api/ticketing/services", null));
        expect(list, 200, "the services");
        List<Long> ids = new ArrayList<>();
        for (String item : list.body().split("\\{\"id\":")) {
            if (!item.isEmpty() && Character.isDigit(item.charAt(0))) {
                ids.add(Long.parseLong(item.replaceAll("\\D.*", "")));
            }
        }
        return ids;
    }

    /** Counters 1 … n, each serving every service: the existing ones changed, the others created. */
    private void counters(Person supervisor, int n, List<Long> services) throws Exception {
        HttpResponse<String> list = send(get("/api/ticketing/hall/counters", supervisor));
        expect(list, 200, "the hall's counters");
        Map<Integer, String> existing = new HashMap<>();
        Matcher c = Pattern.compile("\"id\":(\\d+),\"number\":(\\d+)").matcher(list.body());
        while (c.find()) {
            existing.put(Integer.parseInt(c.group(2)), c.group(1));
        }
        String all = services.toString().replace(" ", "");
        for (int i = 1; i <= n; i++) {
            String body = "{\"number\":" + i + ",\"nameZh\":\"" + i + " 号窗口\",\"nameEn\":\"Counter " + i
                    + "\",\"serviceIds\":" + all + ",\"active\":true}";
            if (existing.containsKey(i)) {
                expect(send(put("/api/ticketing/hall/counters/" + existing.get(i), body, supervisor)), 200,
                        "counter " + i);
            } else {
                expect(send(post("/api/ticketing/hall/counters", body, supervisor)), 201, "counter " + i);
            }
        }
    }

    /** Staff accounts with the role counter_clerk, their passwords set from the mailed links; each opens a counter. */
    private List<Person> clerks(Person operator, int n) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String email = String.format("clerk-%02d@onestop.test", i);
            emails.add(email);
            expect(send(post("/api/ops/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"窗口人员" + i
                    + "\",\"roles\":[\"counter_clerk\"]}", operator)), 201, "the account of " + email);
        }
        Map<String, String> tokens = tokens(operator, emails);
        List<Person> clerks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = emails.get(i);
            expect(send(post("/api/account/password-reset", json("token", tokens.get(email), "password", PASSWORD),
                    null)), 200, "the password of " + email);
            Person clerk = signIn(email, PASSWORD);
            expect(send(post("/api/ticketing/counters/" + (i + 1) + "/open", "", clerk)), 200,
                    "counter " + (i + 1) + " opened by " + email);
            clerks.add(clerk);
        }
        return clerks;
    }

    /** The token of the link mailed to each address, read from the outbox as the operator sees it. */
    private Map<String, String> tokens(Person operator, List<String> emails) throws Exception {
        Map<String, String> tokens = new HashMap<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (tokens.size() < emails.size() && System.nanoTime() < deadline) {
            for (int page = 1;; page++) {
                String body = send(get("/api/ops/outbox?size=50&page=" + page, operator)).body();
                String[] items = body.split("\\{\"id\":");
                for (String item : Arrays.copyOfRange(items, 1, items.length)) {
                    Matcher to = MAIL.matcher(item);
                    Matcher link = RESET.matcher(item);
                    if (to.find() && link.find() && emails.contains(to.group(1))) {
                        tokens.putIfAbsent(to.group(1), URLDecoder.decode(link.group(1), StandardCharsets.UTF_8));
                    }
                }
                if (items.length < 51) {
                    break;
                }
            }
        }
        if (tokens.size() < emails.size()) {
            throw new IllegalStateException("only " + tokens.size() + " password links in the outbox");
        }
        return tokens;
    }

    // ---- the minute ----------------------------------------------------------------------------------------------

    private boolean rush(List<Long> services, List<Person> clerks, int visitors, int seconds, int pause)
            throws Exception {
        Board board = new Board(base);
        board.await();
        Map<String, Long> answered = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> called = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> taken = new ConcurrentLinkedQueue<>();
        AtomicLong soldOut = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clerks.size(); i++) {
            Person clerk = clerks.get(i);
            String counter = "/api/ticketing/counters/" + (i + 1);
            threads.add(start(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<String> call = timed("call-next", post(counter + "/call-next", "", clerk));
                    long at = System.nanoTime();
                    if (call == null) {
                        continue;
                    }
                    if (call.statusCode() == 404) {
                        sleep(20);
                        continue;
                    }
                    if (call.statusCode() != 200) {
                        fail("call-next " + call.statusCode() + " " + call.body());
                        sleep(100);
                        continue;
                    }
                    String id = first(ID, call.body());
                    called.add(id);
                    answered.put(id, at);
                    ok(timed("serve", post(counter + "/serve", "", clerk)), "serve");
                    ok(timed("finish", post(counter + "/finish", "{\"note\":\"\"}", clerk)), "finish");
                }
            }));
        }
        for (int v = 0; v < visitors; v++) {
            threads.add(start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                sleep(random.nextInt(Math.max(1, pause)));
                while (System.nanoTime() < end) {
                    long service = services.get(random.nextInt(services.size()));
                    HttpResponse<String> take = timed("take", post("/api/ticketing/tickets", "{\"serviceId\":" + service
                            + ",\"channel\":\"kiosk\"}", null));
                    if (take != null && take.statusCode() == 201) {
                        taken.add(first(NUMBER, take.body()));
                    } else if (take != null && take.statusCode() == 409) {
                        soldOut.incrementAndGet();
                    } else if (take != null) {
                        fail("take " + take.statusCode() + " " + take.body());
                    }
                    sleep(random.nextInt(Math.max(1, 2 * pause)));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Thread.sleep(2000); // the last events on their way to the board
        board.close();

        List<String> calls = new ArrayList<>(called);
        long callDuplicates = calls.size() - calls.stream().distinct().count();
        long takeDuplicates = taken.size() - taken.stream().distinct().count();
        List<Long> delays = new ArrayList<>();
        long untold = 0;
        for (String id : calls) {
            Long heard = board.called.get(id);
            if (heard == null) {
                untold++;
            } else {
                delays.add(Math.max(0, heard - answered.get(id)));
            }
        }
        long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("calls:     %d in %d s = %.1f calls/s (%d clerks)%n", calls.size(), seconds,
                calls.size() / (double) seconds, clerks.size());
        System.out.printf("takes:     %d in %d s = %.1f takes/s (%d visitors; %d refused: the day's numbers all"
                + " given)%n", taken.size(), seconds, taken.size() / (double) seconds, visitors, soldOut.get());
        System.out.printf("duplicates: %d (a number called twice: %d, a number given twice: %d; must be 0)%n",
                callDuplicates + takeDuplicates, callDuplicates, takeDuplicates);
        System.out.println("latency:   (each request, as the clients saw it)");
        System.out.printf("board:     %d events heard, %d calls never told (must be 0)%n", board.events.get(), untold);
        if (sorted.length > 0) {
            System.out.printf("delay:     call answered -> its event on the board: p50 %.1f ms  p99 %.1f ms  max"
                    + " %.1f ms%n", percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        }
        took.forEach((what, nanos) -> {
            long[] all = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-10s %6d requests  p50 %7.1f ms  p99 %7.1f ms%n", what, all.length,
                    percentile(all, 50), percentile(all, 99));
        });
        System.out.printf("errors:    %d (must be 0)%n", failures.get());
        failed.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
        return callDuplicates == 0 && takeDuplicates == 0 && untold == 0 && failures.get() == 0 && !calls.isEmpty();
    }

    /** The board's SSE client: when each number's first {@code called} event arrived. */
    private static final class Board implements AutoCloseable {
        final Map<String, Long> called = new ConcurrentHashMap<>();
        final AtomicLong events = new AtomicLong();
        private final java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
        private final Thread reader;
        private volatile java.util.stream.Stream<String> lines;

        Board(String base) {
            reader = start(() -> {
                try {
                    HttpResponse<java.util.stream.Stream<String>> stream = client().send(HttpRequest.newBuilder(
                            URI.create(base + "/api/ticketing/board/events")).header("Accept", "text/event-stream")
                            .build(), HttpResponse.BodyHandlers.ofLines());
                    lines = stream.body();
                    String[] event = new String[1];
                    lines.forEach(line -> {
                        long at = System.nanoTime();
                        open.countDown();
                        if (line.startsWith("event:")) {
                            event[0] = line.substring(6).trim();
                        } else if (line.startsWith("data:")) {
                            events.incrementAndGet();
                            if ("called".equals(event[0])) {
                                Matcher id = Pattern.compile("\"ticketId\":(\\d+)").matcher(line);
                                if (id.find()) {
                                    called.putIfAbsent(id.group(1), at);
                                }
                            }
                        } else if (line.isEmpty()) {
                            event[0] = null;
                        }
                    });
                } catch (Exception e) {
                    open.countDown();
                }
            });
        }

        void await() throws InterruptedException {
            if (!open.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the board's stream did not open");
            }
        }

        @Override
        public void close() {
            if (lines != null) {
                lines.close();
            }
            reader.interrupt();
        }
    }

    // ---- HTTP -------------------------------------------------------------------------------------------------------

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    private HttpRequest post(String path, String body, Person who) {
        return request(path, who).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest put(String path, String body, Person who) {
        return request(path, who).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest get(String path, Person who) {
        return request(path, who).GET().build();
    }

    private HttpRequest.Builder request(String path, Person who) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE)
                .header("Accept", "application/json");
        if (who != null) {
            r.header("Cookie", who.cookies()).header("X-CSRF-Token", who.csrf());
        }
        return r;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@link #quietly}, its time counted under {@code what}. */
    private HttpResponse<String> timed(String what, HttpRequest request) {
        long start = System.nanoTime();
        HttpResponse<String> answer = quietly(request);
        took.computeIfAbsent(what, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        return answer;
    }

    /** The answer, or null (counted as a failure) when the request itself failed. */
    private HttpResponse<String> quietly(HttpRequest request) {
        try {
            return send(request);
        } catch (Exception e) {
            fail(request.uri().getPath() + ": " + e);
            return null;
        }
    }

    private void ok(HttpResponse<String> answer, String what) {
        if (answer != null && answer.statusCode() != 200) {
            fail(what + " " + answer.statusCode() + " " + answer.body());
        }
    }

    private void fail(String what) {
        failures.incrementAndGet();
        if (failed.size() < 20) {
            failed.add(what);
        }
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The cookies the answer sets, as a {@code Cookie} header. */
    private static String cookies(HttpResponse<String> answer) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length() - 1) {
                jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        StringBuilder header = new StringBuilder();
        jar.forEach((k, val) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(val));
        return header.toString();
    }

    private static void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found " + pattern + " in " + text);
        }
        return m.group(1);
    }

    /** A JSON object of string fields (names and values in pairs), escaped. */
    private static String json(String... pairs) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":\"")
                    .append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    private static double percentile(long[] sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }
}
