package org.onestop.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    @TempDir
    Path folder;

    private DataSource database;
    private SchemaMigrator migrator;

    @BeforeEach
    void openDatabase() {
        database = TemporaryDerby.in(folder);
        migrator = new SchemaMigrator(database);
    }

    private static MigrationScript script(String name, String sql) throws MigrationException {
        return MigrationScript.of(name, sql);
    }

    @Test
    void appliesScriptsInVersionOrderAndRecordsThem() throws Exception {
        MigrationScript second = script("V2__add_colour.sql", "ALTER TABLE FRUIT ADD COLUMN COLOUR VARCHAR(20);"
                + "\nINSERT INTO FRUIT (NAME, COLOUR) VALUES ('pear', 'green');");
        MigrationScript first = script("V1__fruit.sql", "CREATE TABLE FRUIT (NAME VARCHAR(40) NOT NULL);\n"
                + "INSERT INTO FRUIT (NAME) VALUES ('apple; not a statement end');");

        SchemaMigrator.Outcome outcome = migrator.migrate("SHOP", List.of(second, first));

        assertEquals(List.of(1, 2), outcome.applied());
        assertEquals(2, outcome.version());
        assertEquals(List.of("apple; not a statement end", "pear"), names("SELECT NAME FROM SHOP.FRUIT ORDER BY NAME"));
        assertEquals(List.of("1 fruit", "2 add colour"), names("SELECT CAST(VERSION AS CHAR(2)) || ' ' || DESCRIPTION"
                + " FROM ONESTOP.SCHEMA_HISTORY WHERE SCHEMA_NAME = 'SHOP' ORDER BY VERSION")
                .stream().map(s -> s.replaceAll("\\s+", " ")).toList());
    }

    @Test
    void runningAgainAppliesOnlyNewScripts() throws Exception {
        MigrationScript first = script("V1__fruit.sql", "CREATE TABLE FRUIT (NAME VARCHAR(20))");
        migrator.migrate("SHOP", List.of(first));

        SchemaMigrator.Outcome again = migrator.migrate("SHOP", List.of(first));
        SchemaMigrator.Outcome next = migrator.migrate("SHOP",
                List.of(first, script("V2__veg.sql", "CREATE TABLE VEG (NAME VARCHAR(20))")));

        assertTrue(again.applied().isEmpty());
        assertEquals(List.of(2), next.applied());
    }

    @Test
    void aFailingScriptLeavesNothingOfItselfAndNamesTheStatement() throws Exception {
        migrator.migrate("SHOP", List.of(script("V1__fruit.sql", "CREATE TABLE FRUIT (NAME VARCHAR(20))")));
        MigrationScript broken = script("V2__broken.sql", "CREATE TABLE VEG (NAME VARCHAR(20));\n"
                + "INSERT INTO VEG (NAME) VALUES ('leek');\n"
                + "INSERT INTO NO_SUCH_TABLE (NAME) VALUES ('x');");

        MigrationException failure = assertThrows(MigrationException.class, () -> migrator.migrate("SHOP",
                List.of(script("V1__fruit.sql", "CREATE TABLE FRUIT (NAME VARCHAR(20))"), broken)));

        assertTrue(failure.getMessage().contains("V2__broken.sql"), failure.getMessage());
        assertTrue(failure.getMessage().contains("statement 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("NO_SUCH_TABLE"), failure.getMessage());
        assertFalse(tableExists("SHOP", "VEG"), "the script's first statements were rolled back");
        assertEquals(List.of("1"), names("SELECT CAST(VERSION AS CHAR(2)) FROM ONESTOP.SCHEMA_HISTORY")
                .stream().map(String::strip).toList());
    }

    @Test
    void aScriptChangedAfterItWasAppliedIsRefused() throws Exception {
        migrator.migrate("SHOP", List.of(script("V1__fruit.sql", "CREATE TABLE FRUIT (NAME VARCHAR(20))")));

        MigrationException failure = assertThrows(MigrationException.class, () -> migrator.migrate("SHOP",
                List.of(script("V1__fruit.sql", "CREATE TABLE FRUIT (NAME VARCHAR(40))"))));

        assertTrue(failure.getMessage().contains("V1__fruit.sql was changed"), failure.getMessage());
    }

    @Test
    void schemasOfDifferentBundlesAreKeptApart() throws Exception {
        migrator.migrate("SHOP", List.of(script("V1__fruit.sql", "CREATE TABLE FRUIT (NAME VARCHAR(20))")));
        SchemaMigrator.Outcome other = migrator.migrate("MARKET",
                List.of(script("V1__fruit.sql", "CREATE TABLE FRUIT (PRICE INTEGER)")));

        assertEquals(List.of(1), other.applied());
        assertTrue(tableExists("MARKET", "FRUIT"));
    }

    @Test
    void refusesBadNamesAndDuplicateVersions() throws Exception {
        assertThrows(MigrationException.class, () -> script("create_fruit.sql", "SELECT 1"));
        assertThrows(MigrationException.class, () -> migrator.migrate("shop; DROP", List.of()));
        MigrationException duplicate = assertThrows(MigrationException.class, () -> migrator.migrate("SHOP",
                List.of(script("V1__a.sql", "CREATE TABLE A (X INTEGER)"),
                        script("V1__b.sql", "CREATE TABLE B (X INTEGER)"))));
        assertTrue(duplicate.getMessage().contains("same version"), duplicate.getMessage());
    }

    private List<String> names(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private boolean tableExists(String schema, String table) throws SQLException {
        try (Connection c = database.getConnection();
                ResultSet rows = c.getMetaData().getTables(null, schema, table, null)) {
            return rows.next();
        }
    }
}
