package org.onestop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.onestop.migration.MigrationException;
import org.onestop.migration.MigrationScript;
import org.onestop.migration.SchemaMigrator;

/**
 * The Derby databases a module's scripts build, made once in a JVM for each schema and set of scripts and copied
 * for each test: a new Derby database and its scripts take a few hundred milliseconds, a copy of the shut-down
 * database a few. Kept in a temporary folder deleted when the JVM ends.
 */
final class DerbyTemplates {

    private static final Map<String, Path> MADE = new HashMap<>();
    private static Path root;

    private DerbyTemplates() {
    }

    /** Puts into {@code target} (a folder not there yet) the database {@code scripts} build for {@code schema}. */
    static synchronized void copy(String schema, List<MigrationScript> scripts, Path target)
            throws IOException, MigrationException {
        String key = schema + "-" + fingerprint(scripts);
        Path made = MADE.get(key);
        if (made == null) {
            made = make(schema, scripts, folder().resolve(key));
            MADE.put(key, made);
        }
        try (Stream<Path> files = Files.walk(made)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(made.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Path make(String schema, List<MigrationScript> scripts, Path folder)
            throws IOException, MigrationException {
        Files.createDirectories(folder);
        new SchemaMigrator(TestDatabase.derby(folder)).migrate(schema, scripts);
        Path db = folder.resolve("db");
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(db.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
            throw new IOException("Derby did not shut the database down: " + db);
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new IOException("Derby did not shut the database down: " + db + ": " + e.getMessage(), e);
            }
        }
        return db;
    }

    private static Path folder() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("onestop-test-databases-");
            Path made = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
        }
        return root;
    }

    private static String fingerprint(List<MigrationScript> scripts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (MigrationScript script : scripts) {
                digest.update((script.version() + "\n" + script.sql() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Cannot remove " + folder + ": " + e.getMessage());
        }
    }
}
