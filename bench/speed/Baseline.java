import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The bare Jetty of bench/baseline, serving the bodies captured from the gateway at their addresses. */
final class Baseline implements AutoCloseable {

    private final Process process;
    private final int port;

    private Baseline(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    static Baseline start(Path jar, Path work, int port, Map<SpeedBench.Case, Path> bodies) throws Exception {
        StringBuilder routes = new StringBuilder();
        int i = 0;
        for (Map.Entry<SpeedBench.Case, Path> e : bodies.entrySet()) {
            String type = Files.readString(e.getValue().resolveSibling("type-" + i++));
            routes.append(e.getKey().path()).append('\t').append(type).append('\t').append(e.getValue()).append('\n');
        }
        Path file = work.resolve("routes.tsv");
        Files.writeString(file, routes);
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), Integer.toString(port), file.toString())).redirectErrorStream(true)
                .redirectOutput(work.resolve("baseline.log").toFile()).start();
        Baseline baseline = new Baseline(process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bare Jetty exited; see " + work.resolve("baseline.log"));
            }
            try {
                HttpURLConnection probe = (HttpURLConnection) URI.create(baseline.base() + "/").toURL()
                        .openConnection();
                probe.setConnectTimeout(200);
                probe.getResponseCode();
                return baseline;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        baseline.close();
        throw new IllegalStateException("the bare Jetty did not answer within 30 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
