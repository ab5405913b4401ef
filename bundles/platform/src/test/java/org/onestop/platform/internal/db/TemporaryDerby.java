package org.onestop.platform.internal.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A real embedded Derby database in a test's temporary folder. */
public final class TemporaryDerby {

    private TemporaryDerby() {
    }

    public static DataSource in(Path folder) {
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("db").toString());
        derby.setCreateDatabase("create");
        return derby;
    }

    /**
     * A database in {@code folder} with the platform's schema built by its scripts (from the class path), and a
     * data source whose connections use that schema, as the platform's components get it.
     */
    public static DataSource platform(Path folder) throws Exception {
        DataSource gateway = in(folder);
        java.util.List<MigrationScript> scripts = new java.util.ArrayList<>();
        java.nio.file.Path dir = java.nio.file.Path.of(TemporaryDerby.class.getResource("/db/migration").toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                scripts.add(MigrationScript.of(file.getFileName().toString(), java.nio.file.Files.readString(file)));
            }
        }
        SchemaMigrator.Outcome outcome = new SchemaMigrator(gateway).migrate("PLATFORM", scripts);
        return new SchemaDataSource(gateway, outcome.stored());
    }
}
