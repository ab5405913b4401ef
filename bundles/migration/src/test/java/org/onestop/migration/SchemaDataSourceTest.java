package org.onestop.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
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

    @Test
    void aPooledConnectionGoesFromModuleToModuleEachInItsOwnSchema() throws Exception {
        DataSource gateway = TemporaryDerby.in(folder);
        SchemaMigrator migrator = new SchemaMigrator(gateway);
        String shop = migrator.migrate("SHOP", List.of(MigrationScript.of("V1__fruit.sql",
                "CREATE TABLE FRUIT (NAME VARCHAR(20)); INSERT INTO FRUIT VALUES ('apple')"))).stored();
        String market = migrator.migrate("MARKET", List.of(MigrationScript.of("V1__fruit.sql",
                "CREATE TABLE FRUIT (NAME VARCHAR(20)); INSERT INTO FRUIT VALUES ('melon')"))).stored();
        try (Connection physical = gateway.getConnection()) {
            DataSource pool = onlyConnection(physical);

            assertEquals(List.of("apple", "apple", "melon", "melon", "apple"),
                    List.of(fruit(new SchemaDataSource(pool, shop)), fruit(new SchemaDataSource(pool, shop)),
                            fruit(new SchemaDataSource(pool, market)), fruit(new SchemaDataSource(pool, market)),
                            fruit(new SchemaDataSource(pool, shop))));
        }
    }

    private static String fruit(DataSource module) throws Exception {
        try (Connection connection = module.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NAME FROM FRUIT")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** A pool of one: every borrower gets {@code physical}, which closing hands back instead of closing. */
    private static DataSource onlyConnection(Connection physical) {
        Connection lent = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> method.getName().equals("close")
                        ? null : method.invoke(physical, arguments));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return lent;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
