package org.onestop.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The distribution started as an operator starts it, {@code java -jar onestop.jar} in a process of its own, with
 * the {@code ONESTOP_*} environment given and everything it prints kept.
 */
final class GatewayProcess {

    static final Path DIST = Path.of(System.getProperty("onestop.dist", "target/onestop"));

    final Process process;
    final StringBuffer output = new StringBuffer();
    final CompletableFuture<Void> drained;

    GatewayProcess(Map<String, String> env) throws IOException {
        // the test JVMs' options (the quick compiler only, the one-thread collector: see the root pom's argLine): a
        // gateway of a test lives a minute, not days, and several run side by side on the machine's cores
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                DIST.resolve("onestop.jar").toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("ONESTOP_"));
        builder.environment().putAll(env);
        process = builder.start();
        // whatever happens to the test, the gateway does not outlive the test's JVM
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        drained = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    String awaitOutput(String text) {
        return Await.until("'" + text + "' in the output", Duration.ofSeconds(90), output::toString,
                out -> out.contains(text) || !process.isAlive());
    }

    /** Stops the gateway with SIGTERM, as a service manager does; answers its exit status. */
    int stop() throws Exception {
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the output pipe
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
        drained.get(10, TimeUnit.SECONDS);
        return process.exitValue();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
