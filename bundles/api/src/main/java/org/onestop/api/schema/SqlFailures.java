package org.onestop.api.schema;

import java.sql.SQLException;

/**
 * What a refused statement means, told by its SQL state (the exception classes differ: Derby throws the JDBC
 * subclasses, PostgreSQL's driver a plain {@link SQLException}), alike on Derby and PostgreSQL.
 */
public final class SqlFailures {

    private SqlFailures() {
    }

    /** A unique or primary key already holds the value: another transaction, or another gateway, was first. */
    public static boolean duplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /**
     * The database rolled the whole transaction back to break a deadlock (Derby {@code 40001}, PostgreSQL
     * {@code 40P01}) or a serialisation conflict (PostgreSQL {@code 40001}): running it again may succeed.
     */
    public static boolean deadlock(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    /**
     * The transaction was refused because a lock it waited for was not released in time (Derby {@code 40XL1},
     * PostgreSQL {@code 55P03}) or it was a deadlock's victim: the work was rolled back whole and may run again.
     */
    public static boolean rolledBackByContention(SQLException e) {
        String state = e.getSQLState();
        return deadlock(e) || "40XL1".equals(state) || "40XL2".equals(state) || "55P03".equals(state);
    }
}
