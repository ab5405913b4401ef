package org.onestop.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a backup's PostgreSQL dump goes, and how the client programs are told of it. */
class PostgresRestoreTest {

    @TempDir
    Path config;

    @Test
    void theDriversUrlBecomesTheClientProgramsAddressKeepingOnlyWhatTheyShare() {
        assertEquals("postgresql://db.example.org:5433/onestop",
                PostgresRestore.connectionUri("jdbc:postgresql://db.example.org:5433/onestop"));
        assertEquals("postgresql://db.example.org/onestop?sslmode=require", PostgresRestore.connectionUri(
                "jdbc:postgresql://db.example.org/onestop?ApplicationName=x&sslmode=require"));
        assertEquals("postgresql://localhost/onestop", PostgresRestore.connectionUri("jdbc:postgresql:onestop"));
    }

    @Test
    void theTargetIsTheRestoredConfigurationsDatabaseUnlessOneIsNamedAndANamedOneIsWrittenIntoIt() throws Exception {
        Files.writeString(config.resolve(PostgresRestore.SETTINGS),
                "# the database\nurl=jdbc:postgresql://old.example.org/onestop\nuser=hall\npassword=secret\n");
        assertEquals("jdbc:postgresql://old.example.org/onestop",
                PostgresRestore.into(config, Optional.empty()).url());
        PostgresRestore named = PostgresRestore.into(config, Optional.of("jdbc:postgresql://new.example.org/hall"));
        named.nameIn(config);
        List<String> lines = Files.readAllLines(config.resolve(PostgresRestore.SETTINGS));
        assertEquals(List.of("# the database", "user=hall", "password=secret",
                "url=jdbc:postgresql://new.example.org/hall"), lines);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsRefusedSayingSo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PostgresRestore.program("psql").isPresent(),
                "psql is installed with PostgreSQL (./onestop test installs it)");
        Files.writeString(config.resolve(PostgresRestore.SETTINGS), "url=\nuser=onestop\n");
        List<String> refusals = PostgresRestore.into(config, Optional.of("jdbc:postgresql://127.0.0.1:1/nowhere"))
                .refusals(false);
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("cannot be reached") && refusals.get(0).contains("127.0.0.1:1/nowhere"),
                refusals.get(0));
    }

    @Test
    void aConfigurationNamingNoPostgresqlDatabaseIsRefusedBeforeAnythingRuns() throws Exception {
        Files.writeString(config.resolve(PostgresRestore.SETTINGS), "url=\n");
        List<String> refusals = PostgresRestore.into(config, Optional.empty()).refusals(false);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("--database"), refusals.get(0));
    }
}
