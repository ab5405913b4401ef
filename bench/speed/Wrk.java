import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of {@code wrk} (closed loop, loopback) and the figures it printed. */
final class Wrk {

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors:(.*)");

    /** Requests/s, latency percentiles in ms, and the errors wrk counted ("" when none). */
    record Result(double rps, double p50, double p99, String errors, String raw) {
    }

    private final int threads;
    private final int connections;

    Wrk(int threads, int connections) {
        this.threads = threads;
        this.connections = connections;
    }

    Result run(String url, String duration, String cookie) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration,
                "--latency"));
        if (cookie != null && !cookie.isEmpty()) {
            command.addAll(List.of("-H", "Cookie: " + cookie));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        Matcher rps = RPS.matcher(out);
        if (!rps.find()) {
            throw new IOException("no Requests/sec in wrk's report:\n" + out);
        }
        StringBuilder errors = new StringBuilder();
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors.append(" non-2xx=").append(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            errors.append(" socket[").append(socket.group(1).trim()).append(']');
        }
        return new Result(Double.parseDouble(rps.group(1)), percentile(out, "50%"), percentile(out, "99%"),
                errors.toString(), out);
    }

    /** A percentile of wrk's latency distribution, in ms. */
    private static double percentile(String out, String which) {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
