package org.onestop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the machine's own installation (Debian's {@code postgresql} package, which
 * {@code ./onestop test} installs when it is missing), started by a test JVM in a temporary folder of its own, on a
 * free port, for the tests that run on PostgreSQL (the gateways of the integration tests with
 * {@code -Donestop.it.database=postgresql}, the modules' {@link TestDatabase} with
 * {@code -Donestop.test.database=postgresql}); stopped, and its folder removed, when the JVM ends.
 * Run as root, the server runs as the package's {@code postgres} user (PostgreSQL refuses root). Like the test
 * gateways' Derby, it does not force commits to the disk: its data outlives no crash of the machine.
 */
public final class PostgresServer {

    /** The user every database belongs to (no password: the server trusts its local connections). */
    public static final String USER = "onestop";

    private static PostgresServer shared;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgres;
    private final AtomicInteger databases = new AtomicInteger();

    /** Whether the system property {@code property} asks for PostgreSQL ({@code postgresql}; else Derby). */
    public static boolean wanted(String property) {
        return "postgresql".equalsIgnoreCase(System.getProperty(property, "derby"));
    }

    /** The server of this test JVM, started at the first call. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                shared = new PostgresServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    private PostgresServer() throws IOException, InterruptedException {
        this.bin = installation();
        this.asPostgres = "root".equals(System.getProperty("user.name"));
        this.folder = Files.createTempDirectory("onestop-postgresql-");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        if (asPostgres) {
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
        }
        run("initdb", "-D", folder.resolve("data").toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync");
        run("pg_ctl", "-D", folder.resolve("data").toString(), "-l", folder.resolve("server.log").toString(), "-w",
                "-t", "60", "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** A new, empty database for one test (its gateway, or its module's tables); answers its JDBC URL. */
    public String newDatabase(String name) {
        String database = (name.replaceAll("[^A-Za-z0-9]", "_") + "_" + databases.incrementAndGet())
                .toLowerCase(java.util.Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + database + ": " + e.getMessage(), e);
        }
        return url(database);
    }

    /** The JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void stop() {
        try {
            run("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "stop");
        } catch (IOException | InterruptedException | IllegalStateException e) {
            System.err.println("PostgreSQL of the tests did not stop: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("Cannot remove " + folder + ": " + e.getMessage());
        }
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** The newest PostgreSQL installed from Debian's packages ({@code /usr/lib/postgresql/<version>/bin}). */
    private static Path installation() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> found = Files.list(versions)) {
                var newest = found.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> number(b.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb):"
                + " ./onestop test installs Debian's postgresql package, or apt-get install postgresql");
    }

    private static int number(String version) {
        try {
            return Integer.parseInt(version.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
