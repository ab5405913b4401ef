package org.onestop.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A backup's PostgreSQL dump ({@code database/onestop.pgdump}, made by the console's {@code pg_dump}) put into a
 * database with {@code pg_restore}, in one transaction: the database gets all of it or nothing. The database is the
 * one the restored configuration names ({@code org.onestop.platform.database.cfg}), or the one {@code --database}
 * names (then written into the restored configuration). Before anything is written it is checked with {@code psql}:
 * refused while another connection is open to it (a node still running), and, without {@code --force}, when it
 * holds tables; with {@code --force} the dump's objects there are dropped and made anew. The programs are the newest
 * of Debian's packages ({@code /usr/lib/postgresql/<version>/bin}), else those on the {@code PATH}.
 */
final class PostgresRestore {

    static final String DUMP = "database/onestop.pgdump";
    static final String SETTINGS = "org.onestop.platform.database.cfg";

    private final String url;
    private final String user;
    private final String password;

    private PostgresRestore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * The target of a backup's dump: {@code named} (a {@code --database} URL), else the URL of the database
     * settings in {@code config}, with their user and password.
     */
    static PostgresRestore into(Path config, Optional<String> named) throws IOException {
        Properties settings = new Properties();
        Path file = config.resolve(SETTINGS);
        if (Files.isRegularFile(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(in);
            }
        }
        return new PostgresRestore(named.orElse(settings.getProperty("url", "")).strip(),
                settings.getProperty("user", "").strip(), settings.getProperty("password", ""));
    }

    String url() {
        return url;
    }

    /** Why the dump may not go into the database, empty when it may. */
    List<String> refusals(boolean force) throws IOException {
        if (!url.startsWith("jdbc:postgresql:")) {
            return List.of("the backup holds a PostgreSQL database, but the configuration names none"
                    + (url.isEmpty() ? "" : " (" + url + ")") + ": name it with --database jdbc:postgresql://host/name");
        }
        List<String> refusals = new ArrayList<>();
        for (String program : List.of("psql", "pg_restore")) {
            if (program(program).isEmpty()) {
                refusals.add(program + " is not installed: apt-get install postgresql-client");
            }
        }
        if (!refusals.isEmpty()) {
            return refusals;
        }
        String[] counts;
        try {
            counts = query("SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid()) || ' ' || (SELECT count(*) FROM pg_tables WHERE schemaname NOT IN"
                    + " ('pg_catalog', 'information_schema'))").split(" ");
        } catch (IOException e) {
            return List.of("the database " + url + " cannot be reached (create it first, empty, and check the user and"
                    + " password of the restored configuration): " + e.getMessage());
        }
        if (!counts[0].equals("0")) {
            refusals.add("the database " + url + " is in use (" + counts[0] + " other connections): stop every"
                    + " gateway node that uses it first");
        } else if (!force && !counts[1].equals("0")) {
            refusals.add("the database " + url + " holds " + counts[1] + " tables: name an empty one with --database,"
                    + " or add --force to replace what the backup holds there");
        }
        return refusals;
    }

    /** Restores the dump in one transaction. */
    void restore(Path dump, boolean force) throws IOException {
        List<String> command = new ArrayList<>(List.of(program("pg_restore").orElseThrow().toString(),
                "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"));
        if (force) {
            command.addAll(List.of("--clean", "--if-exists"));
        }
        command.add(dump.toString());
        run(command);
    }

    /** Writes the target's URL into the restored configuration's database settings. */
    void nameIn(Path config) throws IOException {
        Path file = config.resolve(SETTINGS);
        List<String> lines = new ArrayList<>(Files.isRegularFile(file)
                ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
        lines.removeIf(line -> line.strip().startsWith("url=") || line.strip().startsWith("url ="));
        lines.add("url=" + url);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private String query(String sql) throws IOException {
        return run(new ArrayList<>(List.of(program("psql").orElseThrow().toString(), "--no-psqlrc", "--tuples-only",
                "--no-align", "--command=" + sql))).strip();
    }

    /** Runs a client program against the database; its output, or its own words when it fails. */
    private String run(List<String> command) throws IOException {
        command.add(1, "--dbname=" + connectionUri(url));
        if (!user.isEmpty()) {
            command.add(2, "--username=" + user);
        }
        command.add(command.size() - 1, "--no-password");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(1, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IOException(Path.of(command.get(0)).getFileName() + " did not finish within an hour");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(Path.of(command.get(0)).getFileName() + " exited with " + process.exitValue() + ": "
                    + output.strip());
        }
        return output;
    }

    /** libpq's URI of a pgjdbc URL; of the driver's parameters only {@code sslmode} means the same to libpq. */
    static String connectionUri(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        String address = query < 0 ? rest : rest.substring(0, query);
        String sslmode = query < 0 ? "" : Stream.of(rest.substring(query + 1).split("&"))
                .filter(p -> p.startsWith("sslmode=")).map(p -> "?" + p).findFirst().orElse("");
        return (address.startsWith("//") ? "postgresql:" + address : "postgresql://localhost/" + address) + sslmode;
    }

    static Optional<Path> program(String name) {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> found = Files.list(versions)) {
                Optional<Path> newest = found.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Comparator.comparingInt(p -> major(p.getParent().getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // look on the PATH
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, name)).filter(Files::isExecutable)
                .findFirst();
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
