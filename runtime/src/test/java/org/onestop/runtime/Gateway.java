package org.onestop.runtime;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.onestop.launcher.GatewaySettings;
import org.onestop.launcher.Launcher;
import org.onestop.testing.PostgresServer;
import org.ops4j.pax.exam.Option;

/**
 * Boots, for a Pax Exam test class, the real bundle set of the assembled distribution ({@code system/}) with the
 * launcher's own settings, in a work folder of its own: a database of its own, a copy of {@code config/} and a
 * {@code deploy/} folder holding the default service modules, on a free port. The database is a copy of the one the
 * distribution makes at its first start ({@link FirstStartDatabase}), unless the class adds settings (then the
 * gateway makes it itself). Used only outside the container. With {@code -Donestop.it.database=postgresql} the
 * gateway's database is a new one on the test JVM's {@link PostgresServer} instead of embedded Derby.
 */
public final class Gateway {

    /** Framework properties the tests read inside the container. */
    public static final String WORK = "onestop.it.work";
    public static final String EXAMPLES = "onestop.it.examples";
    public static final String LOG = "onestop.it.log";
    /** {@code -Donestop.it.database=postgresql}: the test gateways use PostgreSQL. */
    public static final String DATABASE_PROPERTY = "onestop.it.database";

    /** The first operator's one-time password in every test gateway; tests change it to {@link #OPERATOR_PASSWORD}. */
    public static final String OPERATOR_ONE_TIME_PASSWORD = "First-Start-2026";
    public static final String OPERATOR_PASSWORD = "Operator-Chosen-2026";

    private Gateway() {
    }

    public static Option[] options(String name) {
        return options(name, Map.of());
    }

    /**
     * As {@link #options(String)}, with {@code appended} lines added to files of the gateway's config folder (file
     * name to the lines appended) before it starts.
     */
    public static Option[] options(String name, Map<String, String> appended) {
        // the gateway runs in this JVM: its libraries' logs as quiet as the launcher keeps them
        Launcher.quietLibraryLogs();
        try {
            Path dist = Path.of(System.getProperty("onestop.dist", "target/onestop")).toAbsolutePath();
            Path work = Files.createDirectories(Path.of(System.getProperty("onestop.it.work", "target/it")))
                    .toAbsolutePath().resolve(name + "-" + System.nanoTime());
            Path config = copy(dist.resolve("config"), work.resolve("config"));
            Files.writeString(config.resolve("org.onestop.platform.identity.cfg"),
                    "bootstrap.operator.password=" + OPERATOR_ONE_TIME_PASSWORD + "\n", StandardOpenOption.APPEND);
            if (PostgresServer.wanted(DATABASE_PROPERTY)) {
                Files.writeString(config.resolve("org.onestop.platform.database.cfg"), "\nurl="
                        + PostgresServer.shared().newDatabase(name) + "\nuser=" + PostgresServer.USER + "\n",
                        StandardOpenOption.APPEND);
            } else if (appended.isEmpty()) {
                FirstStartDatabase.copyInto(work.resolve("data"), dist, config, work.getParent().getParent());
            }
            for (Map.Entry<String, String> setting : appended.entrySet()) {
                Files.writeString(config.resolve(setting.getKey()), "\n" + setting.getValue() + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            Path deploy = copy(dist.resolve("deploy"), work.resolve("deploy"));
            Path web = copy(dist.resolve("web"), work.resolve("web"));
            Path log = work.getParent().resolve("gateway.log");
            GatewaySettings settings = GatewaySettings.from(Map.of("ONESTOP_HOME", dist.toString(),
                    "ONESTOP_DATA", work.resolve("data").toString(), "ONESTOP_CONFIG", config.toString(),
                    "ONESTOP_DEPLOY", deploy.toString(), "ONESTOP_WEB", web.toString(),
                    "ONESTOP_PORT", String.valueOf(freePort())), dist);

            List<Option> options = new ArrayList<>();
            for (Path jar : list(dist.resolve("system"))) {
                String url = jar.toUri().toString();
                if (isFragment(jar)) {
                    options.add(bundle(url).noStart());
                } else {
                    options.add(bundle(url));
                }
            }
            settings.frameworkProperties().forEach((key, value) -> {
                if (!key.startsWith("org.osgi.framework.storage")) {
                    options.add(frameworkProperty(key).value(value));
                }
            });
            options.add(frameworkProperty(WORK).value(work.toString()));
            options.add(frameworkProperty(EXAMPLES).value(Path.of(System.getProperty("onestop.examples",
                    "target/examples")).toAbsolutePath().toString()));
            options.add(frameworkProperty(LOG).value(log.toString()));
            options.add(systemProperty("slf4j.provider").value("org.slf4j.simple.SimpleServiceProvider"));
            options.add(systemProperty("org.slf4j.simpleLogger.logFile").value(log.toString()));
            options.add(systemProperty("org.slf4j.simpleLogger.showDateTime").value("true"));
            // commits are not forced to the disk one by one: a test gateway's data outlives no crash of the machine
            options.add(systemProperty("derby.system.durability").value("test"));
            options.add(systemProperty("derby.stream.error.file").value(work.getParent().resolve("derby.log")
                    .toString()));
            options.add(junitBundles());
            options.add(cleanCaches(true));
            return options.toArray(new Option[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Copies a folder of the distribution with everything below it, for this test class alone to change. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    private static boolean isFragment(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Fragment-Host") != null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
