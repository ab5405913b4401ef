package org.onestop.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The embedded Derby database as the distribution leaves it after its first start (every bundle's migrations
 * applied, the demo content stored, the first operator made with the tests' one-time password), made once by a real
 * {@code java -jar} start and clean stop of the distribution and copied into each test gateway's data folder, so
 * that a test class does not wait for the same scripts again. It is made again for another build of the
 * distribution (its files' names, sizes and times) or another day in the centre (demo content is dated from the
 * first start's day); the test JVMs of one run share it through a lock file beside it.
 */
final class FirstStartDatabase {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");

    private FirstStartDatabase() {
    }

    /**
     * Puts the first start's database into {@code data} (as {@code db}) for a gateway of {@code dist} whose config
     * folder holds exactly what {@code config} holds; {@code root} keeps the database between test classes.
     */
    static void copyInto(Path data, Path dist, Path config, Path root) throws IOException {
        Path made = made(dist, config, root);
        Gateway.copy(made, Files.createDirectories(data).resolve("db"));
    }

    private static Path made(Path dist, Path config, Path root) throws IOException {
        Files.createDirectories(root);
        Path folder = root.resolve("first-start-" + fingerprint(dist, config));
        Path db = folder.resolve("data").resolve("db");
        Path complete = folder.resolve("complete");
        try (FileChannel lockFile = FileChannel.open(root.resolve("first-start.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            if (!Files.exists(complete)) {
                delete(folder);
                start(dist, Gateway.copy(config, folder.resolve("config")), Gateway.copy(dist.resolve("deploy"),
                        folder.resolve("deploy")), folder.resolve("data"));
                Files.writeString(complete, "made by a first start of " + dist + "\n");
            }
        }
        return db;
    }

    /** A first start of the distribution to its ready line, then a stop as a service manager stops it. */
    private static void start(Path dist, Path config, Path deploy, Path data) throws IOException {
        GatewayProcess gateway = new GatewayProcess(Map.of("ONESTOP_DATA", data.toString(), "ONESTOP_CONFIG",
                config.toString(), "ONESTOP_DEPLOY", deploy.toString(), "ONESTOP_WEB",
                dist.resolve("web").toString(), "ONESTOP_PORT", String.valueOf(GatewayProcess.freePort())));
        String output = gateway.awaitOutput("OneStop is ready");
        try {
            int status = gateway.stop();
            // 143: the exit of a JVM that SIGTERM stopped; the database is closed by then
            if (!output.contains("OneStop is ready") || status != 143 || !gateway.output.toString().contains(
                    "Database closed")) {
                throw new IllegalStateException("The first start for the tests' database failed (exit " + status
                        + "):\n" + gateway.output);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The first start for the tests' database did not stop: " + e, e);
        }
    }

    /** What the first start's database depends on: the distribution's bundles and modules, the config, the day. */
    private static String fingerprint(Path dist, Path config) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path folder : List.of(dist.resolve("system"), dist.resolve("deploy"), dist.resolve("content"))) {
                for (Path file : files(folder)) {
                    digest.update((folder.relativize(file) + " " + Files.size(file) + " "
                            + Files.getLastModifiedTime(file).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            for (Path file : files(config)) {
                digest.update((config.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            digest.update(LocalDate.now(CENTRE).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
