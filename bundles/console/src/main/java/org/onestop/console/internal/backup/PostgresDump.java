package org.onestop.console.internal.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.onestop.api.module.Refusal;

/**
 * A PostgreSQL database copied by {@code pg_dump} into one file of its custom format ({@code pg_restore} reads it):
 * one transaction of {@code REPEATABLE READ}, so the copy is the database as of the dump's start, taken while the
 * nodes go on serving. The program is the configured one, else the newest of Debian's packages
 * ({@code /usr/lib/postgresql/<version>/bin/pg_dump}: it must be as new as the server), else {@code pg_dump} on the
 * {@code PATH}. The password goes in the child's {@code PGPASSWORD}, never on its command line.
 */
final class PostgresDump {

    /** How the gateway reaches its database, as {@code org.onestop.platform.database} names it. */
    record Login(String url, String user, String password) {
    }

    private final Optional<Path> program;

    PostgresDump(String configured) {
        this.program = program(configured);
    }

    /** Dumps the database {@code login} names into {@code file}; the program's own words when it fails. */
    void into(Login login, Path file) throws IOException {
        Path pgDump = program.orElseThrow(() -> new Refusal(409, "console.backup.error.pgDump"));
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-owner",
                "--no-privileges", "--file=" + file, "--dbname=" + connectionUri(login.url())));
        if (!login.user().isBlank()) {
            command.add("--username=" + login.user());
        }
        command.add("--no-password");
        Files.createDirectories(file.getParent());
        Path errors = Files.createTempFile(file.getParent(), ".pg_dump", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(errors.toFile());
            builder.environment().put("PGPASSWORD", login.password());
            builder.environment().put("PGCONNECT_TIMEOUT", "10");
            Process process = builder.start();
            int status;
            try {
                status = process.waitFor();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("pg_dump was interrupted", e);
            }
            if (status != 0) {
                String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new IOException("pg_dump exited with " + status + (said.isEmpty() ? "" : ": " + said));
            }
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /**
     * The libpq connection URI of a pgjdbc URL: {@code jdbc:postgresql://host:port/db?sslmode=require} becomes
     * {@code postgresql://host:port/db?sslmode=require}; {@code jdbc:postgresql:db} (the driver's local host)
     * {@code postgresql://localhost/db}. Of the driver's parameters only {@code sslmode} means the same to libpq.
     */
    static String connectionUri(String jdbcUrl) {
        String rest = jdbcUrl.strip().substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        String address = query < 0 ? rest : rest.substring(0, query);
        String sslmode = "";
        if (query >= 0) {
            for (String parameter : rest.substring(query + 1).split("&")) {
                if (parameter.startsWith("sslmode=")) {
                    sslmode = "?" + parameter;
                }
            }
        }
        return (address.startsWith("//") ? "postgresql:" + address : "postgresql://localhost/" + address) + sslmode;
    }

    /** The configured program, else the newest in Debian's PostgreSQL folders, else one on the PATH. */
    static Optional<Path> program(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path named = Path.of(configured.strip());
            return Files.isExecutable(named) ? Optional.of(named) : Optional.empty();
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> found = Files.list(versions)) {
                Optional<Path> newest = found.map(v -> v.resolve("bin/pg_dump")).filter(Files::isExecutable)
                        .max(Comparator.comparingInt(p -> major(p.getParent().getParent().getFileName()
                                .toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // look on the PATH
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, "pg_dump"))
                .filter(Files::isExecutable).findFirst();
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
