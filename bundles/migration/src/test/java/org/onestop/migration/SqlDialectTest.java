package org.onestop.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    private static final String OLD_SCRIPT = "CREATE TABLE T (CONTENT BLOB(10M) NOT NULL, AT TIMESTAMP NOT NULL);\n"
            + "INSERT INTO T (CONTENT, AT) VALUES ('a', TIMESTAMP('2026-12-01 00:00:00'));\n"
            + "INSERT INTO T (NOTE) VALUES ('a BLOB of TIMESTAMP(''x'') text');";

    @Test
    void derbyRunsTheScriptAsWritten() {
        assertEquals(OLD_SCRIPT, SqlDialect.DERBY.translate(OLD_SCRIPT));
    }

    @Test
    void postgresqlGetsItsTypeAndACastForDerbysForms() {
        String translated = SqlDialect.POSTGRESQL.translate(OLD_SCRIPT);

        assertEquals("CREATE TABLE T (CONTENT BYTEA NOT NULL, AT TIMESTAMP NOT NULL);\n"
                + "INSERT INTO T (CONTENT, AT) VALUES ('a', CAST('2026-12-01 00:00:00' AS TIMESTAMP));\n"
                + "INSERT INTO T (NOTE) VALUES ('a BLOB of TIMESTAMP(''x'') text');", translated);
    }
}
