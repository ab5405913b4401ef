import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A burst of enrolments into one session of a running gateway (bench/training/run starts it). Through the gateway's
 * own routes: the operator (holding the trainer role) writes a course with one session of CAPACITY places and
 * publishes it; CLIENTS innovators register (the registration form's JSON, with the consent of the texts in force),
 * confirm their address by the link mailed to them (read from the operator's outbox) and sign in. Then every client
 * waits at a latch, and all send {@code POST /api/training/sessions/{id}/enrolments} at the same instant, each on a
 * connection of its own. Prints how many were confirmed, waitlisted and failed, the latency percentiles, and the
 * roll as the trainer reads it afterwards; exits 1 when confirmed is not CAPACITY, anything failed or the roll
 * disagrees (a place given twice, someone passing another in line).
 *
 * <p>Usage: {@code java EnrolmentBurst.java BASE OPERATOR_EMAIL OPERATOR_PASSWORD [CLIENTS] [CAPACITY]}
 */
public final class EnrolmentBurst {

    private static final String PASSWORD = "Burst-Bench-2026!";
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"(terms|privacy)\":\\{\"version\":\"([^\"]+)\"");
    private static final Pattern MAIL = Pattern.compile("\"recipient\":\"([^\"]+)\"");
    private static final Pattern CONFIRM = Pattern.compile("/account/confirm\\?token=([A-Za-z0-9_%-]+)");
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /** A signed-in person: the session's cookies and CSRF token. */
    record Person(String email, String cookies, String csrf) {
    }

    /** One enrolment of the burst: the answer's status, what it said, and how long it took. */
    record Answer(int status, String enrolment, long nanos, String error) {
    }

    private final String base;
    private final HttpClient http;

    private EnrolmentBurst(String base) {
        this.base = base;
        this.http = client();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java EnrolmentBurst.java BASE OPERATOR_EMAIL OPERATOR_PASSWORD [CLIENTS] [CAPACITY]");
            System.exit(2);
        }
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int capacity = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        EnrolmentBurst bench = new EnrolmentBurst(args[0]);
        long setup = System.nanoTime();
        Person trainer = bench.signIn(args[1], args[2]);
        long session = bench.session(trainer, capacity);
        List<Person> people = bench.innovators(trainer, clients);
        System.out.printf("setup:     session %d of %d places; %d innovators registered, confirmed and signed in"
                + " in %.1f s%n", session, capacity, people.size(), (System.nanoTime() - setup) / 1e9);
        List<Answer> answers = burst(args[0], session, people);
        System.exit(bench.report(trainer, session, capacity, answers) ? 0 : 1);
    }

    // ---- setting up through the gateway's routes -----------------------------------------------------------------

    private Person signIn(String email, String password) throws Exception {
        HttpResponse<String> in = send(http, post("/api/account/login", json("email", email, "password", password),
                null));
        expect(in, 200, "sign-in of " + email);
        return new Person(email, cookies(in, ""), first(CSRF, in.body()));
    }

    private long session(Person trainer, int capacity) throws Exception {
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString();
        HttpResponse<String> course = send(http, post("/api/training/desk/courses", json("title", "并发报名压测课程",
                "audience", "enterprises", "description", "同一时刻大量报名的压测。", "trainer", "压测讲师", "format",
                "on-site") .replace("}", ",\"creditHours\":2}"), trainer));
        expect(course, 201, "the course");
        String id = first(ID, course.body());
        HttpResponse<String> session = send(http, post("/api/training/desk/courses/" + id + "/sessions",
                json("date", day, "start", "09:00", "end", "11:00", "place", "呼和浩特 中心三楼培训室")
                        .replace("}", ",\"capacity\":" + capacity + ",\"orgLimit\":0}"), trainer));
        expect(session, 201, "the session");
        expect(send(http, post("/api/training/desk/courses/" + id + "/publish", "", trainer)), 200, "publishing");
        return Long.parseLong(first(ID, session.body()));
    }

    /** Registers, confirms and signs in {@code n} innovators, a few at a time (each password is hashed twice). */
    private List<Person> innovators(Person operator, int n) throws Exception {
        Map<String, String> versions = new HashMap<>();
        Matcher v = VERSION.matcher(send(http, get("/api/legal", null)).body());
        while (v.find()) {
            versions.put(v.group(1) + "Version", v.group(2));
        }
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            emails.add(String.format("burst-%04d@example.cn", i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            all(pool, emails, email -> {
                int i = Integer.parseInt(email.substring(6, 10));
                String body = json("email", email, "password", PASSWORD, "displayName", "学员" + i, "mobile",
                        String.format("139%08d", i), "termsVersion", versions.get("termsVersion"),
                        "privacyVersion", versions.get("privacyVersion"));
                expect(send(http, post("/api/account/register", body, null)), 202, "registration of " + email);
                return null;
            });
            Map<String, String> tokens = tokens(operator, emails);
            all(pool, emails, email -> {
                expect(send(http, post("/api/account/confirm", json("token", tokens.get(email)), null)), 200,
                        "confirmation of " + email);
                return null;
            });
            return all(pool, emails, email -> signIn(email, PASSWORD));
        } finally {
            pool.shutdown();
        }
    }

    /** The confirmation token mailed to each address, read from the outbox as the operator sees it. */
    private Map<String, String> tokens(Person operator, List<String> emails) throws Exception {
        Map<String, String> tokens = new HashMap<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (tokens.size() < emails.size() && System.nanoTime() < deadline) {
            for (int page = 1;; page++) {
                String body = send(http, get("/api/ops/outbox?size=50&page=" + page, operator)).body();
                String[] items = body.split("\\{\"id\":");
                for (String item : Arrays.copyOfRange(items, 1, items.length)) {
                    Matcher to = MAIL.matcher(item);
                    Matcher link = CONFIRM.matcher(item);
                    if (to.find() && link.find() && to.group(1).startsWith("burst-")) {
                        tokens.putIfAbsent(to.group(1), URLDecoder.decode(link.group(1), StandardCharsets.UTF_8));
                    }
                }
                if (items.length < 51) {
                    break;
                }
            }
        }
        if (tokens.size() < emails.size()) {
            throw new IllegalStateException("only " + tokens.size() + " confirmation mails in the outbox");
        }
        return tokens;
    }

    // ---- the burst ---------------------------------------------------------------------------------------------------

    /** Every person enrols at the same instant, each on a fresh connection of a client of its own. */
    private static List<Answer> burst(String base, long session, List<Person> people) throws Exception {
        CountDownLatch ready = new CountDownLatch(people.size());
        CountDownLatch go = new CountDownLatch(1);
        Map<Integer, Answer> answers = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        HttpClient shared = client();
        for (int i = 0; i < people.size(); i++) {
            int n = i;
            HttpRequest request = post(base, "/api/training/sessions/" + session + "/enrolments", "",
                    people.get(i));
            Thread thread = new Thread(() -> {
                ready.countDown();
                long start = 0;
                try {
                    go.await();
                    start = System.nanoTime();
                    HttpResponse<String> r = shared.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - start;
                    Matcher status = STATUS.matcher(r.body());
                    answers.put(n, new Answer(r.statusCode(), status.find() ? status.group(1) : "", took,
                            r.statusCode() == 201 ? null : r.body()));
                } catch (Exception e) {
                    answers.put(n, new Answer(0, "", System.nanoTime() - start, e.toString()));
                }
            });
            thread.start();
            threads.add(thread);
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("burst:     %d enrolments sent at once, all answered in %.2f s%n", people.size(),
                (System.nanoTime() - start) / 1e9);
        return new ArrayList<>(answers.values());
    }

    private boolean report(Person trainer, long session, int capacity, List<Answer> answers) throws Exception {
        long confirmed = answers.stream().filter(a -> a.status() == 201 && a.enrolment().equals("confirmed")).count();
        long waiting = answers.stream().filter(a -> a.status() == 201 && a.enrolment().equals("waiting")).count();
        List<Answer> errors = answers.stream().filter(a -> a.status() != 201).toList();
        long[] nanos = answers.stream().mapToLong(Answer::nanos).sorted().toArray();
        System.out.printf("confirmed: %d (must be %d)%n", confirmed, capacity);
        System.out.printf("waitlisted: %d%n", waiting);
        System.out.printf("errors:    %d (must be 0)%n", errors.size());
        System.out.printf("latency:   p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", percentile(nanos, 50),
                percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
        errors.stream().limit(5).forEach(e -> System.out.println("  error: " + e.status() + " " + e.error()));

        // the roll as the trainer reads it: places held once each, the waitlist in order of arrival
        String roll = send(http, get("/api/training/desk/sessions/" + session + "/enrolments", trainer)).body();
        List<Long> confirmedIds = new ArrayList<>();
        List<Long> waitingIds = new ArrayList<>();
        Matcher e = Pattern.compile("\"id\":(\\d+)[^}]*?\"status\":\"([a-z]+)\"").matcher(roll);
        while (e.find()) {
            (e.group(2).equals("confirmed") ? confirmedIds : e.group(2).equals("waiting") ? waitingIds
                    : new ArrayList<Long>()).add(Long.parseLong(e.group(1)));
        }
        boolean inOrder = confirmedIds.isEmpty() || waitingIds.isEmpty()
                || confirmedIds.stream().mapToLong(Long::longValue).max().getAsLong()
                        < waitingIds.stream().mapToLong(Long::longValue).min().getAsLong();
        System.out.printf("roll:      %d confirmed, %d waiting; every place before the first in line: %s%n",
                confirmedIds.size(), waitingIds.size(), inOrder ? "yes" : "NO");
        return confirmed == capacity && errors.isEmpty() && confirmedIds.size() == capacity
                && waitingIds.size() == waiting && inOrder;
    }

    // ---- HTTP -------------------------------------------------------------------------------------------------------

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    private HttpRequest post(String path, String body, Person who) {
        return post(base, path, body, who);
    }

    private static HttpRequest post(String base, String path, String body, Person who) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (who != null) {
            r.header("Cookie", who.cookies()).header("X-CSRF-Token", who.csrf());
        }
        return r.build();
    }

    private HttpRequest get(String path, Person who) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE)
                .header("Accept", "application/json").GET();
        if (who != null) {
            r.header("Cookie", who.cookies());
        }
        return r.build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The cookies the answer sets, as a {@code Cookie} header. */
    private static String cookies(HttpResponse<String> answer, String before) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length() - 1) {
                jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        StringBuilder header = new StringBuilder(before);
        jar.forEach((k, val) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(val));
        return header.toString();
    }

    private interface Step<T> {
        T apply(String email) throws Exception;
    }

    private static <T> List<T> all(ExecutorService pool, List<String> emails, Step<T> step) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (String email : emails) {
            futures.add(pool.submit(() -> step.apply(email)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
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
