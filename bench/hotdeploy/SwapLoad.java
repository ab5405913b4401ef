import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hot deploy under load, against a running gateway (bench/hotdeploy/run starts it). Three clients ask every 40 ms
 * each: the information module's JSON ({@code /api/info/news}), its page ({@code /info}), and the other modules
 * ({@code /lookup/statistics}, the home page) in turn, while the module's jar is updated UPDATES times (its time
 * changed, as a copy of a new version does; FileInstall updates the bundle). Then the jar is deleted (how long until
 * its routes go) and copied back (how long until its first 200), and updated CYCLES more times, each version asked
 * for its JSON; after a full GC the heap's class histogram says how many bundle class loaders are held, against the
 * count before the updates. Exits 1 when an answer was not allowed (other modules: 200 only; info: 200, or 503 with Retry-After) or more
 * than one old generation is held.
 *
 * <p>Usage: {@code java SwapLoad.java BASE JAR PID UPDATES CYCLES}
 */
public final class SwapLoad {

    private static final long PACE_MS = 40;
    private static final Duration UPDATE_EVERY = Duration.ofSeconds(4);
    /** Felix's class loader of one bundle revision: the heap holds one per bundle, plus any old revision kept. */
    private static final String LOADER_CLASS = "org.apache.felix.framework.BundleWiringImpl$BundleClassLoader";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    /** When the module answered 503, in ms since the start. */
    private final ConcurrentLinkedQueue<Long> swapAnswers = new ConcurrentLinkedQueue<>();
    private final long start = System.nanoTime();

    private SwapLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path jar = Path.of(args[1]);
        long pid = Long.parseLong(args[2]);
        int updates = Integer.parseInt(args[3]);
        int cycles = Integer.parseInt(args[4]);
        SwapLoad load = new SwapLoad(base);
        long loadersBefore = loaders(pid);
        boolean allowed = load.updatesUnderLoad(jar, updates);
        load.removeAndCopyBack(jar);
        long loadersAfter = load.loadersAfter(jar, pid, cycles);
        boolean held = loadersAfter - loadersBefore <= 1;
        System.out.printf("classes:   bundle class loaders in the heap after a full GC: %d before the updates, %d after"
                + " %d + %d updates (at most one old generation allowed: +1)%n", loadersBefore, loadersAfter, updates,
                cycles);
        System.exit(allowed && held ? 0 : 1);
    }

    private boolean updatesUnderLoad(Path jar, int updates) throws Exception {
        ScheduledExecutorService clients = Executors.newScheduledThreadPool(3);
        clients.scheduleAtFixedRate(() -> ask("/api/info/news", true), 0, PACE_MS, TimeUnit.MILLISECONDS);
        clients.scheduleAtFixedRate(() -> ask("/info", true), 13, PACE_MS, TimeUnit.MILLISECONDS);
        AtomicLong turn = new AtomicLong();
        clients.scheduleAtFixedRate(() -> ask(turn.incrementAndGet() % 2 == 0 ? "/" : "/lookup/statistics", false),
                27, PACE_MS, TimeUnit.MILLISECONDS);
        List<long[]> windows = new ArrayList<>();
        for (int update = 1; update <= updates; update++) {
            long from = millis();
            touch(jar, update);
            Thread.sleep(UPDATE_EVERY.toMillis());
            long to = millis();
            List<Long> in = swapAnswers.stream().filter(t -> t >= from && t < to).sorted().toList();
            windows.add(in.isEmpty() ? new long[] {0, 0} : new long[] {in.size(), in.get(in.size() - 1) - in.get(0)});
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        Map<String, Long> tally = new TreeMap<>();
        answers.forEach((key, count) -> tally.put(key, count.get()));
        System.out.printf("load:      3 clients, one request each every %d ms; info.jar updated %d times, every %d s%n",
                PACE_MS, updates, UPDATE_EVERY.toSeconds());
        tally.forEach((key, count) -> System.out.printf("answers:   %-28s %6d%n", key, count));
        long[] widest = windows.stream().max((a, b) -> Long.compare(a[1], b[1])).orElse(new long[2]);
        System.out.printf("swaps:     503 answers per update %s; widest 503 window %d ms%n",
                windows.stream().map(w -> String.valueOf(w[0])).toList(), widest[1]);
        if (!refused.isEmpty()) {
            System.out.println("NOT ALLOWED (" + refused.size() + "):");
            refused.stream().limit(20).forEach(line -> System.out.println("  " + line));
        }
        return refused.isEmpty();
    }

    private void removeAndCopyBack(Path jar) throws Exception {
        Path aside = jar.resolveSibling("../info.jar.kept").normalize();
        Files.move(jar, aside, StandardCopyOption.REPLACE_EXISTING);
        long deleted = millis();
        int status;
        while ((status = status("/api/info/news")) == 200 || status == 503) {
            Thread.sleep(10);
        }
        long gone = millis() - deleted;
        Files.copy(aside, jar);
        long copied = millis();
        while (status("/api/info/news") != 200) {
            Thread.sleep(10);
        }
        System.out.printf("deploy:    a deleted jar's routes gone after %d ms (then %d); a copied jar's first 200 after"
                + " %d ms%n", gone, status, millis() - copied);
    }

    private long loadersAfter(Path jar, long pid, int cycles) throws Exception {
        for (int cycle = 1; cycle <= cycles; cycle++) {
            touch(jar, 1000 + cycle);
            long from = millis();
            boolean swapped = false;
            while (millis() - from < 5_000) {
                int status = status("/api/info/news");
                swapped |= status != 200;
                if (swapped && status == 200 || !swapped && millis() - from > 2_000) {
                    break;
                }
                Thread.sleep(10);
            }
            for (int i = 0; i < 3; i++) {
                status("/api/info/news");
            }
        }
        return loaders(pid);
    }

    /** The bundle class loaders alive after a full GC, from the heap's class histogram. */
    private static long loaders(long pid) throws Exception {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        return jcmd(pid, "GC.class_histogram").lines().filter(line -> line.endsWith(" " + LOADER_CLASS))
                .mapToLong(line -> Long.parseLong(line.trim().split("\\s+")[1])).sum();
    }

    private static void touch(Path jar, int n) throws IOException {
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(n)));
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    private void ask(String path, boolean swapped) {
        HttpResponse<String> response = send(path);
        int status = response == null ? 0 : response.statusCode();
        answers.computeIfAbsent(String.format("%-20s %s", path, status == 0 ? "failed" : status),
                key -> new AtomicLong()).incrementAndGet();
        boolean retry = status == 503 && response.headers().firstValue("Retry-After").isPresent();
        if (swapped && retry) {
            swapAnswers.add(millis());
        }
        if (status != 200 && !(swapped && retry)) {
            String body = response == null ? "no answer" : response.body();
            refused.add(path + " " + status + " " + body.substring(0, Math.min(200, body.length())));
        }
    }

    private int status(String path) {
        HttpResponse<String> response = send(path);
        return response == null ? 0 : response.statusCode();
    }

    private HttpResponse<String> send(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                    .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private long millis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
