package org.onestop.platform.internal.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.schema.Schema;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens the gateway's database and offers it as a pooled {@code javax.sql.DataSource} service with the property
 * {@code onestop.datasource=gateway}. Embedded Derby under the data folder unless configured otherwise (a database
 * server by its JDBC URL, PostgreSQL for several gateways sharing one database); an embedded database is shut down
 * properly when the component stops, so the next start needs no recovery.
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

    private final BundleContext context;
    private final DatabaseConfig config;
    private final Path embedded;
    private final String driver;
    private HikariDataSource pool;
    private DataSourceFactory poolDriver;
    private ServiceRegistration<DataSource> registration;

    /**
     * Opens an embedded database at once; a database server once the JDBC driver of its URL is there: a bundle that
     * registers an {@link DataSourceFactory} for the driver class (PostgreSQL's driver, in {@code system/}, does).
     */
    @Activate
    public Database(BundleContext context, DatabaseConfig config) {
        this.context = context;
        this.config = config;
        this.embedded = config.url().isBlank() ? GatewayPaths.of(context).data().resolve("db") : null;
        this.driver = embedded == null ? driverClass(config) : null;
        if (embedded != null) {
            offer(open(describe(config, embedded), embeddedDerby(embedded), config.pool_size()), null);
        }
    }

    /** A JDBC driver arrived: the one the configured URL needs opens the pool, if none is open yet. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void bindDriver(DataSourceFactory factory, Map<String, Object> properties) {
        if (pool != null || driver == null
                || !driver.equals(properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS))) {
            return;
        }
        Properties settings = new Properties();
        settings.setProperty(DataSourceFactory.JDBC_URL, config.url());
        if (!config.user().isBlank()) {
            settings.setProperty(DataSourceFactory.JDBC_USER, config.user());
            settings.setProperty(DataSourceFactory.JDBC_PASSWORD, config.password());
        }
        try {
            offer(open(describe(config, null), factory.createDataSource(settings), config.pool_size()), factory);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Cannot open the database {}: {}", describe(config, null), rootMessage(e));
        }
    }

    /** The driver the pool was opened with went away: the gateway's data source goes with it. */
    synchronized void unbindDriver(DataSourceFactory factory) {
        if (factory == poolDriver) {
            LOG.warn("The JDBC driver {} went away: the database {} is closed until it returns", driver,
                    describe(config, null));
            withdraw();
        }
    }

    @Deactivate
    synchronized void close() {
        withdraw();
        if (embedded != null) {
            shutDownEmbedded(embedded);
        }
    }

    private void offer(HikariDataSource opened, DataSourceFactory factory) {
        pool = opened;
        poolDriver = factory;
        LOG.info("Database ready: {}", describe(config, embedded));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("onestop.datasource", "gateway");
        registration = context.registerService(DataSource.class, opened, properties);
    }

    private void withdraw() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        if (pool != null) {
            pool.close();
            pool = null;
            poolDriver = null;
        }
    }

    /**
     * The driver class whose {@link DataSourceFactory} opens the configured URL: the one configured, else the one
     * known for the URL's kind.
     */
    static String driverClass(DatabaseConfig config) {
        if (!config.driver().isBlank()) {
            return config.driver();
        }
        if (config.url().startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("No JDBC driver is known for the database URL " + config.url()
                + ": name the driver class its DataSourceFactory registers with driver= in "
                + DatabaseConfig.PID + ".cfg");
    }

    /**
     * Embedded Derby in {@code location}, created when missing, with English as its territory whatever the machine's
     * locale: Derby names the statistics of every sort it runs in the database's language, looking its texts up
     * under that language first, and the derby bundle carries the English ones under that name too (bnd.bnd), so
     * a query that sorts finds them without a failed look-up (two exceptions per text otherwise, a quarter of a
     * signed-in request's time). The territory is read only when the database is made; the engine's own messages
     * are English in any case.
     */
    static EmbeddedDataSource embeddedDerby(Path location) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(location.toString());
        derby.setCreateDatabase("create");
        derby.setConnectionAttributes("territory=en");
        return derby;
    }

    /** Opens the pool over {@code source}, failing with a clear message when the database cannot be reached. */
    static HikariDataSource open(String description, DataSource source, int poolSize) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("onestop");
        hikari.setMaximumPoolSize(Math.max(1, poolSize));
        hikari.setMinimumIdle(1);
        hikari.setDataSource(source);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open the database " + description + ": " + rootMessage(e), e);
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
