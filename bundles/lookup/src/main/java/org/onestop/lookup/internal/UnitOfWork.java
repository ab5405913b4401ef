package org.onestop.lookup.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** One transaction on lookup's database: committed if the work returns, rolled back if it throws. */
public final class UnitOfWork {

    /** Work done with the transaction's connection. */
    public interface Work<T> {
        T run(Connection transaction) throws SQLException;
    }

    private UnitOfWork() {
    }

    public static <T> T run(DataSource database, Work<T> work) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
