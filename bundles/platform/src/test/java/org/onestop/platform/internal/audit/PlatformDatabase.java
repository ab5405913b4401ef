package org.onestop.platform.internal.audit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.onestop.platform.internal.db.MigrationException;
import org.onestop.platform.internal.db.MigrationScript;
import org.onestop.platform.internal.db.SchemaMigrator;

/**
 * A real embedded Derby database in a test's folder with the schema {@code PLATFORM} built by the bundle's own
 * migration scripts, as the gateway builds it. Closing it shuts the database down.
 */
public final class PlatformDatabase implements AutoCloseable {

    private final Path location;
    private final EmbeddedDataSource dataSource;

    private PlatformDatabase(Path location, EmbeddedDataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
    }

    public static PlatformDatabase in(Path folder) throws IOException, MigrationException {
        return in(folder, Integer.MAX_VALUE);
    }

    /** A database built by the scripts up to version {@code last} only, as an older gateway left it. */
    public static PlatformDatabase in(Path folder, int last) throws IOException, MigrationException {
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        Path location = folder.resolve("db");
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(location.toString());
        derby.setCreateDatabase("create");
        new SchemaMigrator(derby).migrate("PLATFORM", scripts().stream().filter(s -> s.version() <= last).toList());
        return new PlatformDatabase(location, derby);
    }

    /** Applies the scripts not applied yet, as a newer gateway does when it starts. */
    public void migrate() throws IOException, MigrationException {
        new SchemaMigrator(dataSource).migrate("PLATFORM", scripts());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs one statement of SQL, committed, and returns the number of rows it changed. */
    public int execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    @Override
    public void close() {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(location.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with SQL state 08006
        }
    }

    private static List<MigrationScript> scripts() throws IOException, MigrationException {
        Path folder;
        try {
            folder = Path.of(PlatformDatabase.class.getResource("/db/migration").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<MigrationScript> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                scripts.add(MigrationScript.of(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return scripts;
    }
}
