package org.onestop.migration;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The data source a module receives: connections from the gateway's pool whose current schema is the module's
 * own, so the module's SQL names its tables without a schema. The pool leaves a connection in the schema it was
 * last used in; a connection already in the module's schema is handed out as it is (asking the connection for its
 * schema is a look-up, setting one runs a statement), which spares most requests that statement: a pooled connection
 * usually goes back to the thread, and so the module, that used it last.
 */
public final class SchemaDataSource implements DataSource {

    private final DataSource gateway;
    private final String schema;

    /** Connections of {@code gateway} whose current schema is {@code schema}, as the database stores its name. */
    public SchemaDataSource(DataSource gateway, String schema) {
        this.gateway = gateway;
        this.schema = schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return inSchema(gateway.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return inSchema(gateway.getConnection(username, password));
    }

    private Connection inSchema(Connection connection) throws SQLException {
        try {
            if (!schema.equals(connection.getSchema())) {
                connection.setSchema(schema);
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return gateway.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        throw new SQLFeatureNotSupportedException("the gateway's pool is configured by the platform");
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        throw new SQLFeatureNotSupportedException("the gateway's pool is configured by the platform");
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return gateway.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return gateway.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
