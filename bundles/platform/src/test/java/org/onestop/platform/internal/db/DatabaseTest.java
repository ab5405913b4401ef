package org.onestop.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

class DatabaseTest {

    @TempDir
    Path folder;

    private static DatabaseConfig config(String url) {
        return new DatabaseConfig() {
            public Class<? extends Annotation> annotationType() {
                return DatabaseConfig.class;
            }

            public String url() {
                return url;
            }

            public String user() {
                return "";
            }

            public String password() {
                return "";
            }

            public int pool_size() {
                return 2;
            }
        };
    }

    @Test
    void committedDataSurvivesAShutdownAndReopen() throws Exception {
        Path location = folder.resolve("db");
        try (HikariDataSource pool = Database.open(config(""), location);
                Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE KEPT (N INTEGER)");
            s.execute("INSERT INTO KEPT VALUES (42)");
        }
        assertTrue(Database.shutDownEmbedded(location), "Derby confirms the clean shutdown");

        try (HikariDataSource pool = Database.open(config(""), location);
                Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT N FROM KEPT")) {
            rows.next();
            assertEquals(42, rows.getInt(1));
        }
        assertTrue(Database.shutDownEmbedded(location));
    }

    @Test
    void anUnreachableDatabaseIsReportedClearly() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Database.open(config("jdbc:derby:" + folder.resolve("missing") + ";create=false"), null));
        assertTrue(failure.getMessage().startsWith("Cannot open the database jdbc:derby:"), failure.getMessage());
    }
}
