package org.onestop.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

class DatabaseTest {

    @TempDir
    Path folder;

    private static DatabaseConfig config(String url, String driver) {
        return new DatabaseConfig() {
            public Class<? extends Annotation> annotationType() {
                return DatabaseConfig.class;
            }

            public String url() {
                return url;
            }

            public String driver() {
                return driver;
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
        try (HikariDataSource pool = Database.open("test", Database.embeddedDerby(location), 2);
                Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE KEPT (N INTEGER)");
            s.execute("INSERT INTO KEPT VALUES (42)");
        }
        assertTrue(Database.shutDownEmbedded(location), "Derby confirms the clean shutdown");

        try (HikariDataSource pool = Database.open("test", Database.embeddedDerby(location), 2);
                Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT N FROM KEPT")) {
            rows.next();
            assertEquals(42, rows.getInt(1));
        }
        assertTrue(Database.shutDownEmbedded(location));
    }

    @Test
    void aDatabaseMadeOnAChineseMachineSpeaksEnglishToTheEngine() throws Exception {
        Path location = folder.resolve("zh");
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try (HikariDataSource pool = Database.open("test", Database.embeddedDerby(location), 2);
                Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("VALUES 1")) {
            assertTrue(rows.next());
        } finally {
            Locale.setDefault(machine);
        }
        assertTrue(Database.shutDownEmbedded(location));
        Properties service = new Properties();
        try (Reader in = Files.newBufferedReader(location.resolve("service.properties"), StandardCharsets.ISO_8859_1)) {
            service.load(in);
        }
        assertEquals("en", service.getProperty("derby.serviceLocale"), "the territory the database was made with");
    }

    @Test
    void anUnreachableDatabaseIsReportedClearly() {
        EmbeddedDataSource missing = new EmbeddedDataSource();
        missing.setDatabaseName(folder.resolve("missing").toString());
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Database.open("embedded Derby in " + folder.resolve("missing"), missing, 2));
        assertTrue(failure.getMessage().startsWith("Cannot open the database embedded Derby in "),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("not found"), failure.getMessage());
    }

    @Test
    void aPostgresqlUrlNeedsThePostgresqlDriverAndAnyOtherANamedOne() {
        assertEquals("org.postgresql.Driver", Database.driverClass(config("jdbc:postgresql://db:5432/onestop", "")));
        assertEquals("com.example.Driver", Database.driverClass(config("jdbc:example:x", "com.example.Driver")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Database.driverClass(config("jdbc:example:x", "")));
        assertTrue(unknown.getMessage().contains("driver="), unknown.getMessage());
    }
}
