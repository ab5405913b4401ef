package org.onestop.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtTerminatingSemicolonsOnly() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE T (A VARCHAR(10));
                /* block; comment */
                INSERT INTO T VALUES ('it''s; fine');
                INSERT INTO "Odd;Name" VALUES (1)
                """;

        assertEquals(List.of("CREATE TABLE T (A VARCHAR(10))", "INSERT INTO T VALUES ('it''s; fine')",
                "INSERT INTO \"Odd;Name\" VALUES (1)"), SqlStatements.split(script));
    }

    @Test
    void emptyScriptsHaveNoStatements() {
        assertEquals(List.of(), SqlStatements.split("  -- nothing here\n;\n"));
    }
}
