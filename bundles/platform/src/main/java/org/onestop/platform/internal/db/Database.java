package org.onestop.platform.internal.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.schema.Schema;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens the gateway's database and offers it as a pooled {@code javax.sql.DataSource} service with the property
 * {@code onestop.datasource=gateway}. Embedded Derby under the data folder unless configured otherwise; an
 * embedded database is shut down properly when the component stops, so the next start needs no recovery.
 */
@Component(immediate = true, configurationPid = DatabaseConfig.PID)
@Designate(ocd = DatabaseConfig.class)
public final class Database {

    /** Service property and value that mark the gateway-wide data source. */
    public static final String TARGET = "(onestop.datasource=gateway)";

    /**
     * Target of the platform's own data source: the gateway's database with the schema {@code PLATFORM} (accounts,
     * sessions, audit trail, cases) as the current one, registered once its scripts have run.
     */
    public static final String PLATFORM = "(" + Schema.DATASOURCE_PROPERTY + "=PLATFORM)";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final Path embedded;
    private final ServiceRegistration<DataSource> registration;

    @Activate
    public Database(BundleContext context, DatabaseConfig config) {
        this.embedded = config.url().isBlank() ? GatewayPaths.of(context).data().resolve("db") : null;
        this.pool = open(config, embedded);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("onestop.datasource", "gateway");
        this.registration = context.registerService(DataSource.class, pool, properties);
        LOG.info("Database ready: {}", describe(config, embedded));
    }

    @Deactivate
    void close() {
        registration.unregister();
        pool.close();
        if (embedded != null) {
            shutDownEmbedded(embedded);
        }
    }

    /** Opens the pool, failing with a clear message when the database cannot be reached. */
    static HikariDataSource open(DatabaseConfig config, Path embedded) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("onestop");
        hikari.setMaximumPoolSize(Math.max(1, config.pool_size()));
        hikari.setMinimumIdle(1);
        if (embedded != null) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(embedded.toString());
            derby.setCreateDatabase("create");
            hikari.setDataSource(derby);
        } else {
            hikari.setJdbcUrl(config.url());
            if (!config.user().isBlank()) {
                hikari.setUsername(config.user());
                hikari.setPassword(config.password());
            }
        }
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open the database " + describe(config, embedded) + ": "
                    + rootMessage(e), e);
        }
    }

    /**
     * Shuts an embedded Derby database down, so that its next start needs no recovery. Derby answers a clean
     * shutdown with SQL state 08006; returns whether it did.
     */
    static boolean shutDownEmbedded(Path location) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(location.toString());
        derby.setShutdownDatabase("shutdown");
        try {
            derby.getConnection().close();
            LOG.warn("Derby did not confirm the shutdown of {}", location);
            return false;
        } catch (SQLException e) {
            if ("08006".equals(e.getSQLState())) {
                LOG.info("Database closed: {}", location);
                return true;
            }
            LOG.warn("Database {} did not shut down cleanly: {}", location, e.getMessage());
            return false;
        }
    }

    private static String describe(DatabaseConfig config, Path embedded) {
        return embedded != null ? "embedded Derby in " + embedded : config.url();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
