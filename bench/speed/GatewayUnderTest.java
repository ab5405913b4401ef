import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One gateway of the distribution, started with {@code java -jar} on a data and configuration folder of its own:
 * how long it takes from the start of the JVM to the first 200 of the home page, and how much memory it holds.
 */
final class GatewayUnderTest implements AutoCloseable {

    static final String ONE_TIME = "Bench-One-Time-2026";

    /**
     * The JVM options {@code ./onestop run} gives every start besides class-data sharing ({@code jvm_options} there):
     * the serial collector. {@code BENCH_JAVA_OPTS} come after them: {@code -XX:-UseSerialGC -XX:+UseG1GC} measures
     * the JVM's default collector.
     */
    static final List<String> RUN_OPTIONS = List.of("-XX:+UseSerialGC");

    private final Path dist;
    private final Path work;
    private final int port;
    private final List<String> javaOptions;
    private Process process;

    GatewayUnderTest(Path dist, Path work, int port, List<String> javaOptions) throws IOException {
        this.dist = dist;
        this.work = work;
        this.port = port;
        this.javaOptions = javaOptions;
        Path config = work.resolve("config");
        if (!Files.isDirectory(config)) {
            Files.createDirectories(config);
            try (Stream<Path> files = Files.list(dist.getParent().resolve("config"))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, config.resolve(file.getFileName()));
                }
            }
            Files.writeString(config.resolve("org.onestop.platform.identity.cfg"),
                    "\nbootstrap.operator.password=" + ONE_TIME + "\n", StandardOpenOption.APPEND);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Starts the JVM and answers the seconds until {@code GET /} first answers 200. */
    double start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(RUN_OPTIONS);
        command.addAll(javaOptions);
        command.addAll(classData());
        command.addAll(List.of("-jar", dist.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("gateway.log").toFile()));
        builder.environment().put("ONESTOP_PORT", Integer.toString(port));
        builder.environment().put("ONESTOP_DATA", work.resolve("data").toString());
        builder.environment().put("ONESTOP_CONFIG", work.resolve("config").toString());
        long started = System.nanoTime();
        process = builder.start();
        long deadline = started + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited (" + process.exitValue() + "); see "
                        + work.resolve("gateway.log"));
            }
            if (homeAnswers()) {
                return (System.nanoTime() - started) / 1e9;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the home page did not answer 200 within 3 minutes");
    }

    /**
     * The class-data sharing options {@code ./onestop run} gives the JVM: a start writes the archive of the classes
     * it loaded when it stops, the next maps it. None with {@code BENCH_CLASS_DATA=0}.
     */
    private List<String> classData() {
        if ("0".equals(System.getenv("BENCH_CLASS_DATA"))) {
            return List.of();
        }
        Path archive = work.resolve("data").resolve("classes.jsa");
        return List.of((Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=")
                + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    private boolean homeAnswers() {
        try {
            HttpURLConnection home = (HttpURLConnection) URI.create(base() + "/").toURL().openConnection();
            home.setConnectTimeout(200);
            home.setReadTimeout(5000);
            int status = home.getResponseCode();
            home.getInputStream().readAllBytes();
            home.disconnect();
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The resident memory of the gateway's JVM, in MB (from {@code /proc}). */
    long residentMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IOException("no VmRSS for the gateway");
    }

    /** A command of the JDK's {@code jcmd} to the gateway's JVM (flight recordings). */
    void jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Long.toString(process.pid())));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IOException("jcmd " + String.join(" ", arguments) + " failed: " + output);
        }
    }

    /** Stops the gateway as an operator does (SIGTERM), and waits for it. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
