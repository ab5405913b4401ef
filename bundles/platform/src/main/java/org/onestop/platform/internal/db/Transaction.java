package org.onestop.platform.internal.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.onestop.api.schema.UnitOfWork;

/**
 * Runs work in one database transaction: committed when the work returns, rolled back when it throws (the
 * platform's short form of {@link UnitOfWork}).
 */
public final class Transaction {

    /** Work done on the transaction's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Transaction() {
    }

    public static <T> T run(DataSource dataSource, Work<T> work) throws SQLException {
        return new UnitOfWork(dataSource).call(work::apply);
    }
}
