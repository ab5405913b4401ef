package org.onestop.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Brings a bundle's schema up to date: applies, in version order, the scripts not applied yet, each in its own
 * transaction together with its row in {@code ONESTOP.SCHEMA_HISTORY}. A failing script is rolled back whole and
 * reported with the statement that failed. A script changed after it was applied is refused. The history table
 * is locked while a script runs, so gateways sharing one database apply each script once.
 */
public final class SchemaMigrator {

    static final String HISTORY_SCHEMA = "ONESTOP";
    static final String HISTORY_TABLE = "SCHEMA_HISTORY";
    private static final String HISTORY = HISTORY_SCHEMA + "." + HISTORY_TABLE;
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What a migration did.
     *
     * @param schema  the schema as declared
     * @param stored  the schema's name as the database stores it (lower case in PostgreSQL), for
     *                {@link Connection#setSchema}
     * @param applied the versions applied now
     * @param version the version the schema is at
     */
    public record Outcome(String schema, String stored, List<Integer> applied, int version) {
    }

    /** Applies the scripts of {@code schema} that are not applied yet. */
    public synchronized Outcome migrate(String schema, List<MigrationScript> scripts) throws MigrationException {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new MigrationException("Schema name " + schema + " must be upper case letters, digits, _");
        }
        List<MigrationScript> ordered = inOrder(schema, scripts);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                prepare(connection, schema);
                Map<Integer, String> applied = applied(connection, schema);
                verifyUnchanged(schema, ordered, applied);
                List<Integer> now = new ArrayList<>();
                for (MigrationScript script : ordered) {
                    if (!applied.containsKey(script.version()) && apply(connection, schema, script)) {
                        now.add(script.version());
                    }
                }
                int version = ordered.isEmpty() ? 0 : ordered.get(ordered.size() - 1).version();
                return new Outcome(schema, identifier(connection.getMetaData(), schema), List.copyOf(now),
                        Math.max(version, highest(applied)));
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new MigrationException("Schema " + schema + ": the database failed: " + e.getMessage(), e);
        }
    }

    private static List<MigrationScript> inOrder(String schema, List<MigrationScript> scripts)
            throws MigrationException {
        List<MigrationScript> ordered = new ArrayList<>(scripts);
        ordered.sort(Comparator.comparingInt(MigrationScript::version));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new MigrationException("Schema " + schema + ": scripts " + ordered.get(i - 1).name()
                        + " and " + ordered.get(i).name() + " have the same version");
            }
        }
        return ordered;
    }

    private static void verifyUnchanged(String schema, List<MigrationScript> scripts, Map<Integer, String> applied)
            throws MigrationException {
        for (MigrationScript script : scripts) {
            String checksum = applied.get(script.version());
            if (checksum != null && !checksum.equals(script.checksum())) {
                throw new MigrationException("Schema " + schema + ": script " + script.name()
                        + " was changed after it was applied; add a new script instead of editing an applied one");
            }
        }
    }

    /** Creates the history table and the bundle's schema when they are missing. */
    private static void prepare(Connection connection, String schema) throws SQLException {
        if (!schemaExists(connection, HISTORY_SCHEMA)) {
            runIgnoringExisting(connection, "CREATE SCHEMA " + HISTORY_SCHEMA);
        }
        if (!tableExists(connection, HISTORY_SCHEMA, HISTORY_TABLE)) {
            runIgnoringExisting(connection, "CREATE TABLE " + HISTORY + " ("
                    + "SCHEMA_NAME VARCHAR(64) NOT NULL, VERSION INTEGER NOT NULL, "
                    + "DESCRIPTION VARCHAR(200) NOT NULL, SCRIPT VARCHAR(200) NOT NULL, "
                    + "CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, "
                    + "DURATION_MS INTEGER NOT NULL, PRIMARY KEY (SCHEMA_NAME, VERSION))");
        }
        if (!schemaExists(connection, schema)) {
            runIgnoringExisting(connection, "CREATE SCHEMA " + schema);
        }
    }

    /**
     * A script with its placeholder filled: {@code ${seconds.from.local.to.utc}}, the seconds that turn a wall-clock
     * time of {@code zone} (the gateway's time zone, in which older versions wrote some times) into UTC, at its
     * offset of now. The checksum is that of the script as written.
     */
    static String filled(String sql, ZoneId zone) {
        int offset = zone.getRules().getOffset(Instant.now()).getTotalSeconds();
        return sql.replace("${seconds.from.local.to.utc}", Integer.toString(-offset));
    }

    /** Applies one script; false when another gateway applied it while this one waited for the lock. */
    private static boolean apply(Connection connection, String schema, MigrationScript script)
            throws SQLException, MigrationException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + HISTORY + " IN EXCLUSIVE MODE");
            if (applied(connection, schema).containsKey(script.version())) {
                connection.commit();
                return false;
            }
            connection.setSchema(identifier(connection.getMetaData(), schema));
            List<String> statements = SqlStatements.split(SqlDialect.of(connection.getMetaData())
                    .translate(filled(script.sql(), ZoneId.systemDefault())));
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statement.execute(statements.get(i));
                } catch (SQLException e) {
                    connection.rollback();
                    throw new MigrationException("Schema " + schema + ": script " + script.name() + " failed at "
                            + "statement " + (i + 1) + " (" + preview(statements.get(i)) + "): " + e.getMessage()
                            + " [SQL state " + e.getSQLState() + "]; nothing of this script was applied", e);
                }
            }
            record(connection, schema, script, (System.nanoTime() - start) / 1_000_000);
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void record(Connection connection, String schema, MigrationScript script, long millis)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
                + " (SCHEMA_NAME, VERSION, DESCRIPTION, SCRIPT, CHECKSUM, APPLIED_AT, DURATION_MS)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, schema);
            insert.setInt(2, script.version());
            insert.setString(3, script.description());
            insert.setString(4, script.name());
            insert.setString(5, script.checksum());
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setInt(7, (int) Math.min(Integer.MAX_VALUE, millis));
            insert.executeUpdate();
        }
    }

    private static Map<Integer, String> applied(Connection connection, String schema) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM " + HISTORY + " WHERE SCHEMA_NAME = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return applied;
    }

    private static int highest(Map<Integer, String> applied) {
        return applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getSchemas(null, identifier(meta, schema))) {
            return rows.next();
        }
    }

    private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getTables(null, identifier(meta, schema), identifier(meta, table), null)) {
            return rows.next();
        }
    }

    /** Unquoted identifiers as the database stores them (upper case in Derby, lower case in PostgreSQL). */
    private static String identifier(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesLowerCaseIdentifiers() ? name.toLowerCase(java.util.Locale.ROOT) : name;
    }

    /** Runs DDL in its own transaction; losing a race to another gateway that created the same object is fine. */
    private static void runIgnoringExisting(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            String state = e.getSQLState();
            // PostgreSQL reports the loser of two concurrent CREATEs of one name as a duplicate key of its catalogue
            boolean exists = "X0Y68".equals(state) || "X0Y32".equals(state) || "42P06".equals(state)
                    || "42P07".equals(state) || "23505".equals(state);
            if (!exists) {
                throw e;
            }
        }
    }

    private static String preview(String statement) {
        String flat = statement.replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
