package org.onestop.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts the gateway: an embedded Felix framework with the platform's bundles from {@code system/}; FileInstall
 * then installs the service modules from {@code deploy/} and the configuration from {@code config/}; the REST
 * whiteboard and the HTTP server start last, once the modules have started ({@link #LAST}). Prints the
 * URL once the gateway answers; Ctrl-C or SIGTERM stops every bundle in order, which closes the database cleanly.
 */
public final class Launcher {

    /** Jersey's chatter about whiteboard resources and the missing WADL; kept so their levels stay set. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.glassfish.jersey.internal.inject.Providers"),
            Logger.getLogger("org.glassfish.jersey.server.wadl"));
    /** The REST whiteboard's and SPI Fly's report of everything they wire; warnings still show. */
    private static final List<Logger> WARNINGS_ONLY = List.of(Logger.getLogger("Jakartars"),
            Logger.getLogger("runtime.check"), Logger.getLogger("org.apache.aries.spifly"));

    /**
     * The bundles started after the modules, in this order: the HTTP server, which opens the port (until then a
     * client finds no server rather than "not found" for every page), and the REST whiteboard, which builds the
     * application again whenever resources come or go (at most every 50 ms): started first it built it ten to twenty
     * times while the modules started, each build longer than the last; started last it builds it once or twice.
     */
    static final List<String> LAST = List.of("org.apache.felix.http.jetty12",
            "org.eclipse.osgitech.rest.servlet.whiteboard");
    /** The longest the REST whiteboard waits for the modules at a start. */
    private static final Duration MODULES_PATIENCE = Duration.ofSeconds(5);

    private final GatewaySettings settings;
    private final PrintStream out;

    Launcher(GatewaySettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        GatewaySettings settings;
        try {
            settings = GatewaySettings.from(System.getenv(), installation());
        } catch (IllegalArgumentException e) {
            System.err.println("OneStop cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        int status = new Launcher(settings, System.out).run();
        System.exit(status);
    }

    int run() {
        if (!portFree(settings.port())) {
            System.err.println("OneStop cannot start: port " + settings.port()
                    + " is in use. Stop what uses it or set ONESTOP_PORT to another port.");
            return 2;
        }
        try {
            Files.createDirectories(settings.data());
            configureLogging();
            Framework framework = create();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "onestop-shutdown"));
            start(framework);
            announce(new Readiness(settings.port()).await(90));
            FrameworkEvent end = framework.waitForStop(0);
            return end.getType() == FrameworkEvent.ERROR ? 1 : 0;
        } catch (BundleException | IOException e) {
            System.err.println("OneStop cannot start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private void announce(Readiness.State state) {
        switch (state.kind()) {
            case READY -> {
                out.println("OneStop is ready at http://localhost:" + settings.port() + "/");
                out.println("  data: " + settings.data() + "   deploy: " + settings.deploy() + "   config: "
                        + settings.config() + "   web: " + settings.web());
            }
            case DOWN -> System.err.println("OneStop answers at http://localhost:" + settings.port()
                    + "/ but its database is not available (the log above says why)."
                    + " Pages that need it answer 'service not available'.");
            default -> System.err.println("OneStop started but does not answer on port " + settings.port()
                    + "; see the log above.");
        }
    }

    private Framework create() throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new BundleException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(settings.frameworkProperties());
        framework.init();
        return framework;
    }

    private void start(Framework framework) throws BundleException, IOException, InterruptedException {
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : systemBundles()) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        framework.start();
        List<Bundle> last = new ArrayList<>();
        for (Bundle bundle : installed) {
            if (LAST.contains(bundle.getSymbolicName())) {
                last.add(bundle);
            } else if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                start(bundle);
            }
        }
        try {
            new ModulesStarted(context, settings.deploy()).await(MODULES_PATIENCE);
        } finally {
            if (framework.getState() == Bundle.ACTIVE) {
                last.stream().sorted(Comparator.comparing(b -> LAST.indexOf(b.getSymbolicName())))
                        .forEach(this::start);
            }
        }
    }

    private void start(Bundle bundle) {
        try {
            bundle.start();
        } catch (BundleException | IllegalStateException e) {
            System.err.println("Bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage());
        }
    }

    /** The jars of {@code system/}, framework extensions first so they attach before anything resolves. */
    private List<Path> systemBundles() throws IOException {
        Path system = settings.home().resolve("system");
        if (!Files.isDirectory(system)) {
            throw new IOException("the folder " + system + " with the platform's bundles is missing");
        }
        try (Stream<Path> jars = Files.list(system)) {
            return jars.filter(p -> p.toString().endsWith(".jar"))
                    .sorted(Comparator.comparing((Path p) -> !isExtension(p)).thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
    }

    private static boolean isExtension(Path jar) {
        return jar.getFileName().toString().contains("framework.extension");
    }

    private void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(30_000);
            out.println("OneStop stopped.");
        } catch (BundleException | InterruptedException e) {
            System.err.println("OneStop did not stop cleanly: " + e.getMessage());
        }
    }

    private void configureLogging() {
        setDefault("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
        setDefault("slf4j.internal.verbosity", "WARN");
        setDefault("org.slf4j.simpleLogger.logFile", "System.out");
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        setDefault("org.slf4j.simpleLogger.showThreadName", "false");
        setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
        setDefault("org.slf4j.simpleLogger.levelInBrackets", "true");
        setDefault("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        setDefault("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        setDefault("derby.stream.error.file", settings.data().resolve("derby.log").toString());
        setDefault("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL [%4$s] %3$s - %5$s%6$s%n");
        quietLibraryLogs();
    }

    /**
     * Keeps the libraries' routine reports out of the log (Jersey's note on every resource that is not a provider,
     * the REST whiteboard's and SPI Fly's report of everything they wire): their warnings still show. The loggers
     * are held here, so that the levels last.
     */
    public static void quietLibraryLogs() {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        WARNINGS_ONLY.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder of onestop.jar, which is the installation. */
    private static Path installation() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? jar.getParent() : Path.of(".");
        } catch (URISyntaxException | SecurityException e) {
            return Path.of(".");
        }
    }
}
