package org.onestop.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaDataSourceTest {

    @TempDir
    Path folder;

    @Test
    void aModuleNamesItsTablesWithoutTheSchema() throws Exception {
        DataSource gateway = TemporaryDerby.in(folder);
        SchemaMigrator migrator = new SchemaMigrator(gateway);
        SchemaMigrator.Outcome shop = migrator.migrate("SHOP", List.of(MigrationScript.of("V1__fruit.sql",
                "CREATE TABLE FRUIT (NAME VARCHAR(20)); INSERT INTO FRUIT VALUES ('apple')")));
        migrator.migrate("MARKET", List.of(MigrationScript.of("V1__fruit.sql",
                "CREATE TABLE FRUIT (NAME VARCHAR(20)); INSERT INTO FRUIT VALUES ('melon')")));

        DataSource module = new SchemaDataSource(gateway, shop.stored());

        assertEquals("SHOP", shop.stored());
        try (Connection connection = module.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NAME FROM FRUIT")) {
            rows.next();
            assertEquals("apple", rows.getString(1));
            assertEquals("SHOP", connection.getSchema());
        }
    }
}
