package org.onestop.api.schema;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One transaction on a module's own data source: the work runs on one connection, is committed when it returns and
 * rolled back when it throws anything, and the connection is closed either way. Pass the connection to the platform
 * services that take one (such as {@code Cases.open}) so that their rows and the module's commit together. Write and
 * read timestamps with {@link UtcColumns}, so that they are UTC whatever the JVM's zone. No SQL of its own: it works
 * on Derby and PostgreSQL alike.
 *
 * <pre>{@code
 * UnitOfWork work = new UnitOfWork(dataSource);
 * Receipt receipt = work.call(tx -> {
 *     Receipt r = cases.open(tx, newCase, caller);
 *     store.insert(tx, r.caseId(), form);
 *     return r;
 * });
 * }</pre>
 */
public final class UnitOfWork {

    /** Work on the transaction's connection that answers a value. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T apply(Connection tx) throws SQLException, E;
    }

    /** Work on the transaction's connection. */
    @FunctionalInterface
    public interface Step<E extends Exception> {
        void run(Connection tx) throws SQLException, E;
    }

    private final DataSource dataSource;

    public UnitOfWork(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in one transaction and answers its value once committed. */
    public <T, E extends Exception> T call(Work<T, E> work) throws SQLException, E {
        try (Connection tx = dataSource.getConnection()) {
            boolean autoCommit = tx.getAutoCommit();
            tx.setAutoCommit(false);
            try {
                T value = work.apply(tx);
                tx.commit();
                return value;
            } catch (Throwable e) {
                rollback(tx, e);
                throw e;
            } finally {
                restore(tx, autoCommit);
            }
        }
    }

    /** Runs {@code step} in one transaction. */
    public <E extends Exception> void run(Step<E> step) throws SQLException, E {
        this.<Void, E>call(tx -> {
            step.run(tx);
            return null;
        });
    }

    private static void rollback(Connection tx, Throwable cause) {
        try {
            tx.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection tx, boolean autoCommit) {
        try {
            if (!tx.isClosed()) {
                tx.setAutoCommit(autoCommit);
            }
        } catch (SQLException ignored) {
            // the connection is closed next anyway
        }
    }
}
