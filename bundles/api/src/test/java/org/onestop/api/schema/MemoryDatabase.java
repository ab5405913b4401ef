package org.onestop.api.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database for one test, dropped by {@link #close()}. */
final class MemoryDatabase implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    MemoryDatabase(String... statements) throws SQLException {
        dataSource.setDatabaseName("memory:api-" + COUNT.incrementAndGet());
        dataSource.setCreateDatabase("create");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(dataSource.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException dropped) {
            // Derby answers a drop with an exception
        }
    }
}
