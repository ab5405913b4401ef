import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durable submissions: an innovator saves pre-examination drafts ({@code PUT /api/drafts/{id}}, one draft per client,
 * 16 at most: an innovator keeps 50 drafts of a service), each committed before the 200. Closed loop with N clients
 * (each sends its next save when the last was answered), and open loop at a constant rate, each latency counted from
 * the moment the save was due, not from when it went out (no coordinated omission: a stall makes every save due
 * during it late).
 */
final class Submissions {

    /** Requests/s, latency percentiles in ms, and the answers that were not 200. */
    record Result(int sent, double rps, double p50, double p99, double max, int failed) {
    }

    static final int DRAFTS = 16;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final Http innovator;
    private final List<Long> drafts = new ArrayList<>();
    private final AtomicLong serial = new AtomicLong();

    Submissions(Http innovator) throws Exception {
        this.innovator = innovator;
        for (int i = 0; i < DRAFTS; i++) {
            Matcher id = ID.matcher(innovator.json("POST", "/api/drafts", body(i), 201));
            if (!id.find()) {
                throw new IllegalStateException("a saved draft without its id");
            }
            drafts.add(Long.parseLong(id.group(1)));
        }
    }

    private static String body(long n) {
        return "{\"module\":\"preexam\",\"caseType\":\"preexam/request\",\"title\":\"测速草稿 " + n
                + "\",\"content\":\"{\\\"title\\\":\\\"一种稀土永磁材料的制备方法（" + n + "）\\\"}\"}";
    }

    /** The next save of draft {@code slot} (the client's own). */
    private HttpRequest draft(int slot) {
        return innovator.request("/api/drafts/" + drafts.get(slot % DRAFTS)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body(serial.incrementAndGet()))).build();
    }

    /** {@code clients} clients, each sending one draft after another for {@code seconds}. */
    Result closedLoop(int clients, double seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        long end = started + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int slot = c;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> answer = innovator.client.send(draft(slot),
                                HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - sent);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return result(latencies, (System.nanoTime() - started) / 1e9, failed.get());
    }

    /** One draft due every {@code 1/rate} s for {@code seconds}, sent whether or not the last was answered. */
    Result constantRate(int rate, double seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long interval = 1_000_000_000L / rate;
        int count = (int) (rate * seconds);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = started + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            pending.add(innovator.client.sendAsync(draft(i), HttpResponse.BodyHandlers.discarding())
                    .handle((answer, error) -> {
                        if (error != null || answer.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - due);
                        return null;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return result(latencies, (System.nanoTime() - started) / 1e9, failed.get());
    }

    private static Result result(ConcurrentLinkedQueue<Long> latencies, double seconds, int failed) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Result(sorted.length, sorted.length / seconds, at(sorted, 0.50), at(sorted, 0.99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, failed);
    }

    private static double at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
