package org.onestop.lookup.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A real Derby database in a temporary folder, with the module's own migration scripts applied. */
public final class LookupDatabase {

    private static final String[] SCRIPTS = {"V1__lookup.sql", "V2__imports_and_topics.sql"};

    private LookupDatabase() {
    }

    public static DataSource create(Path folder) throws Exception {
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("db").toString());
        derby.setCreateDatabase("create");
        for (String name : SCRIPTS) {
            String script;
            try (InputStream in = LookupDatabase.class.getResourceAsStream("/db/migration/" + name)) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String withoutComments = Arrays.stream(script.split("\n")).filter(l -> !l.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
                for (String statement : withoutComments.split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
        return derby;
    }
}
