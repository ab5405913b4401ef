import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a fixed mix of patent searches against {@code /api/lookup/patents} over HTTP and prints the latency
 * percentiles: Chinese and English words, numbers in several forms, IPC prefixes, applicants, inventors, date
 * ranges, facets, sorting by date, deep pages, and combinations. Every answer must be 200.
 *
 * <p>Usage: {@code java QueryMix.java <base-url> <rounds> <clients> [warm-up rounds]}; each round sends every query
 * once. The warm-up rounds run first in the same process, unmeasured, so that neither the gateway nor this client
 * is measured while its code is still being compiled. Requests go as HTTP/1.1, what the gateway speaks (no HTTP/2
 * upgrade is offered on every new connection).
 */
public final class QueryMix {

    static final String[] QUERIES = {
        "q=稀土永磁材料", "q=羊绒", "q=光伏支架&sort=newest", "q=马铃薯种植机&ipc=A01B", "q=锂离子电池负极材料",
        "q=wireless+sensor+network", "q=hydrogen+fuel+cell", "q=image+recognition&sort=newest",
        "number=CN201810000001.1", "number=CN100000001A", "number=US+10000003", "number=US+2,000,0004+B2",
        "ipc=C22C", "ipc=H01F+1", "ipc=G06F+16/51&sort=oldest", "ipc=A23C&from=2015&to=2018",
        "applicant=内蒙古大学", "applicant=International+Business+Machines&q=encryption", "inventor=王伟",
        "inventor=John+Smith", "from=2020-01-01&to=2020-12-31", "section=C&year=2019", "type=design&q=装置",
        "q=节水灌溉装置&page=5", "q=煤化工废水处理工艺&applicant=包头", "q=疫苗佐剂&type=invention&size=50",
        "ipc=H&sort=newest&page=20", "q=soil+remediation&from=2012&to=2020", "", "q=草原生态监测系统&section=G"
    };

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> urls = new ArrayList<>();
        for (String q : QUERIES) {
            urls.add(base + "/api/lookup/patents?" + encode(q));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        if (warmup > 0) {
            for (Future<long[]> f : run(pool, http, urls, warmup, clients)) {
                f.get();
            }
        }
        long started = System.nanoTime();
        List<Future<long[]>> results = run(pool, http, urls, rounds, clients);
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            for (long v : f.get()) {
                all.add(v);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        System.out.printf("queries: %d (%d distinct, %d clients)  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms"
                + "  (%.0f queries/s)%n", all.size(), urls.size(), clients, pct(all, 50), pct(all, 95), pct(all, 99),
                all.get(all.size() - 1) / 1e6, all.size() / seconds);
    }

    /** Each client sends every query once a round, starting at a different query. */
    static List<Future<long[]>> run(ExecutorService pool, HttpClient http, List<String> urls, int rounds,
            int clients) {
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                long[] nanos = new long[rounds * urls.size()];
                int n = 0;
                for (int r = 0; r < rounds; r++) {
                    for (int k = 0; k < urls.size(); k++) {
                        String url = urls.get((k + offset * 7) % urls.size());
                        long start = System.nanoTime();
                        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        nanos[n++] = System.nanoTime() - start;
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": "
                                    + new String(answer.body(), StandardCharsets.UTF_8));
                        }
                    }
                }
                return nanos;
            }));
        }
        return results;
    }

    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            out.append(out.length() == 0 ? "" : "&").append(pair, 0, eq + 1)
                    .append(URLEncoder.encode(pair.substring(eq + 1).replace('+', ' '), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
