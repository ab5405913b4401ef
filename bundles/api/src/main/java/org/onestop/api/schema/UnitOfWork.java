package org.onestop.api.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * Runs {@code work} in one transaction and answers its value once committed. When the database refuses the
     * transaction because its identity generator was busy (embedded Derby hands out identity values in ranges; taking
     * a new range fails at once, as a lock timeout, when another transaction is taking one, which happens mostly in
     * the first seconds after a start), the transaction has been rolled back whole and the work runs again, up to
     * {@value #ATTEMPTS} times in all: the work is to touch nothing but the transaction's connection.
     */
    public <T, E extends Exception> T call(Work<T, E> work) throws SQLException, E {
        for (int attempt = 1;; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !identityGeneratorBusy(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** How many times a transaction refused for a busy identity generator is tried. */
    static final int ATTEMPTS = 5;
    private static final String IDENTITY_GENERATOR = "org.apache.derby.impl.sql.catalog.SequenceUpdater";

    /** Whether the database refused {@code e}'s transaction only because an identity generator was busy. */
    static boolean identityGeneratorBusy(SQLException e) {
        if (!"40XL1".equals(e.getSQLState())) {
            return false;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().equals(IDENTITY_GENERATOR)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private <T, E extends Exception> T once(Work<T, E> work) throws SQLException, E {
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
