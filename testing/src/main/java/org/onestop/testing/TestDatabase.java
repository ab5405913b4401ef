package org.onestop.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.onestop.migration.MigrationException;
import org.onestop.migration.MigrationScript;
import org.onestop.migration.SchemaDataSource;
import org.onestop.migration.SchemaMigrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real embedded Derby database in a test's folder (with {@code -Donestop.test.database=postgresql}, a new database
 * on the test JVM's {@link PostgresServer} instead) with a module's schema built as the gateway builds it: by the
 * platform's own migrator, from every {@code V<version>__<description>.sql} script of the module's
 * {@code db/migration} folder (that of the module's build output on the test's class path, not those inside jars
 * or other modules' folders),
 * in version order. {@link #dataSource()} is what the module's components get: connections whose current schema is
 * the module's. Closing it shuts the database down.
 *
 * <pre>{@code
 * @TempDir Path folder;
 *
 * try (TestDatabase db = TestDatabase.of(folder, "TRAINING")) {
 *     Courses courses = new Courses(db.dataSource(), clock);
 *     ...
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    /** Where the platform looks for a module's scripts unless its {@code @Schema} says otherwise. */
    public static final String SCRIPTS = "db/migration";

    /**
     * Derby's setting that, at {@code test}, writes without waiting for the disk to confirm each commit: a test's
     * database outlives no crash of the machine, and a test reads what it wrote as it would otherwise.
     */
    public static final String DURABILITY = "derby.system.durability";

    /** {@code -Donestop.test.database=postgresql}: every test database is a new one on {@link PostgresServer}. */
    public static final String DATABASE_PROPERTY = "onestop.test.database";

    /** Derby's folder, or null on PostgreSQL. */
    private final Path location;
    private final DataSource database;
    private final String schema;
    private final List<MigrationScript> scripts;
    private SchemaMigrator.Outcome outcome;
    private final Map<String, String> others = new HashMap<>();

    private TestDatabase(Path location, DataSource database, String schema, List<MigrationScript> scripts) {
        this.location = location;
        this.database = database;
        this.schema = schema;
        this.scripts = scripts;
    }

    /** A database in {@code folder} with {@code schema} built by every script of the module. */
    public static TestDatabase of(Path folder, String schema) throws IOException, MigrationException {
        return upTo(folder, schema, Integer.MAX_VALUE);
    }

    /**
     * A database with only the scripts up to {@code version} applied, to put rows in it as an older gateway left
     * them before {@link #migrate()} applies the rest.
     */
    public static TestDatabase upTo(Path folder, String schema, int version) throws IOException, MigrationException {
        List<MigrationScript> scripts = scripts(SCRIPTS);
        if (PostgresServer.wanted(DATABASE_PROPERTY)) {
            TestDatabase database = new TestDatabase(null, postgresql(schema), schema, scripts);
            database.apply(scripts.stream().filter(s -> s.version() <= version).toList());
            return database;
        }
        TestDatabase database = new TestDatabase(folder.resolve("db"), derby(folder), schema, scripts);
        database.apply(scripts.stream().filter(s -> s.version() <= version).toList());
        return database;
    }

    private static DataSource derby(Path folder) {
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        System.setProperty(DURABILITY, "test");
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("db").toString());
        derby.setCreateDatabase("create");
        return derby;
    }

    private static DataSource postgresql(String schema) {
        PGSimpleDataSource postgresql = new PGSimpleDataSource();
        postgresql.setURL(PostgresServer.shared().newDatabase(schema));
        postgresql.setUser(PostgresServer.USER);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(postgresql);
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(0);
        return new HikariDataSource(pool);
    }

    /** Applies the module's scripts not applied yet; answers the versions it applied. */
    public List<Integer> migrate() throws MigrationException {
        return apply(scripts);
    }

    private List<Integer> apply(List<MigrationScript> these) throws MigrationException {
        outcome = new SchemaMigrator(database).migrate(schema, these);
        return outcome.applied();
    }

    /**
     * Builds beside the module's schema another bundle's, {@code schema}, from the scripts that bundle ships: those
     * of the folder {@value #SCRIPTS} of the jar (or build output) that holds {@code ofBundle}, as the gateway builds
     * it when that bundle starts. For a module whose tests run with another bundle's real tables, e.g. the
     * platform's accounts or the mail bundle's outbox. Answers this database.
     */
    public TestDatabase withSchemaOf(String schema, Class<?> ofBundle) throws IOException, MigrationException {
        SchemaMigrator.Outcome other = new SchemaMigrator(database).migrate(schema, scriptsBeside(ofBundle));
        others.put(schema, other.stored());
        return this;
    }

    /** Connections whose current schema is {@code schema}, one built by {@link #withSchemaOf}. */
    public DataSource dataSource(String schema) {
        String stored = others.get(schema);
        if (stored == null) {
            throw new IllegalArgumentException("No schema " + schema + " was built beside " + this.schema);
        }
        return new SchemaDataSource(database, stored);
    }

    /** The version the schema is at. */
    public int version() {
        return outcome.version();
    }

    /** Connections whose current schema is the module's, as the platform gives them to the module. */
    public DataSource dataSource() {
        return new SchemaDataSource(database, outcome.stored());
    }

    /** Connections in the database's default schema, as the gateway's own pool gives them. */
    public DataSource gateway() {
        return database;
    }

    /** Runs one statement of SQL in the module's schema, committed, and returns the number of rows it changed. */
    public int execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /**
     * The first column of the first row of a query in the module's schema, as text without surrounding blanks;
     * {@code SELECT CHAR(SUBMITTED_AT) FROM …} shows the wall-clock time a {@code TIMESTAMP} column holds.
     */
    public String text(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new SQLException("No row: " + sql);
            }
            String value = rows.getString(1);
            return value == null ? null : value.strip();
        }
    }

    /**
     * The first column of the first row of a query in the module's schema, a {@code TIMESTAMP} or {@code DATE}, as
     * the wall-clock time or day the column holds ({@code 2026-12-03 01:30:00.0}, {@code 2026-12-03}), the same text
     * on Derby and PostgreSQL: what a migration that moves times between zones is checked by. Null for SQL NULL.
     */
    public String wallClock(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            return wallClock(connection, sql);
        }
    }

    /** {@link #wallClock(String)} on {@code connection}. */
    public static String wallClock(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new SQLException("No row: " + sql);
            }
            Object value = rows.getObject(1);
            if (value instanceof java.sql.Timestamp || value instanceof java.sql.Date) {
                return value.toString();
            }
            throw new SQLException("Not a TIMESTAMP or DATE column: " + sql + " gave " + value);
        }
    }

    @Override
    public void close() {
        if (location == null) {
            ((HikariDataSource) database).close(); // the database itself goes with its server when the JVM ends
            return;
        }
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(location.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with SQL state 08006
        }
    }

    /** The scripts in the folder {@value #SCRIPTS} of the jar or folder of the class path that holds {@code type}. */
    static List<MigrationScript> scriptsBeside(Class<?> type) throws IOException, MigrationException {
        Path source;
        try {
            source = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("Cannot tell where " + type.getName() + " was loaded from", e);
        }
        List<MigrationScript> scripts = new ArrayList<>();
        if (Files.isDirectory(source)) {
            scripts.addAll(scriptsIn(source.resolve(SCRIPTS)));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(source)) {
                scripts.addAll(scriptsIn(jar.getPath(SCRIPTS)));
            }
        }
        if (scripts.isEmpty()) {
            throw new MigrationException("No migration scripts in " + SCRIPTS + " of " + source);
        }
        scripts.sort(Comparator.comparingInt(MigrationScript::version));
        return scripts;
    }

    private static List<MigrationScript> scriptsIn(Path folder) throws IOException, MigrationException {
        List<MigrationScript> scripts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return scripts;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                scripts.add(MigrationScript.of(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return scripts;
    }

    /** The scripts of every folder {@code path} of the class path that is a folder of files (never one in a jar). */
    static List<MigrationScript> scripts(String path) throws IOException, MigrationException {
        List<MigrationScript> scripts = new ArrayList<>();
        ClassLoader loader = TestDatabase.class.getClassLoader();
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        for (URL url : Collections.list(loader.getResources(path))) {
            if (!"file".equals(url.getProtocol())) {
                continue;
            }
            Path folder;
            try {
                folder = Path.of(url.toURI()).toAbsolutePath().normalize();
            } catch (URISyntaxException e) {
                throw new IOException("Cannot read " + url, e);
            }
            // another module's build output is a folder too when Maven builds both in one run: not this module's
            if (folder.startsWith(module)) {
                scripts.addAll(scriptsIn(folder));
            }
        }
        if (scripts.isEmpty()) {
            throw new MigrationException("No migration scripts in a folder " + path + " of the class path");
        }
        scripts.sort(Comparator.comparingInt(MigrationScript::version));
        return scripts;
    }
}
