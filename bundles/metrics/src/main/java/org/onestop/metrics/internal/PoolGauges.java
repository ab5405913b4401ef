package org.onestop.metrics.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The gateway's database pool: {@value #CONNECTIONS} by {@code state} (active, idle, pending: threads waiting for
 * one) and {@value #MAX}. The platform offers its pool (HikariCP, private to the platform) only as a
 * {@code DataSource}; its figures are read through Hikari's public pool bean by name, in memory, at each scrape. A
 * pool of another kind has no figures here (logged once).
 */
@Component(service = {}, immediate = true)
public final class PoolGauges {

    static final String CONNECTIONS = "onestop.db.pool.connections";
    static final String MAX = "onestop.db.pool.max";
    private static final Logger LOG = LoggerFactory.getLogger(PoolGauges.class);

    private final MeterRegistry registry;
    private final List<Gauge> gauges = new ArrayList<>();

    @Activate
    public PoolGauges(@Reference GatewayMeters meters,
            @Reference(target = "(onestop.datasource=gateway)") DataSource database) {
        this.registry = meters.registry();
        try {
            Object pool = database.getClass().getMethod("getHikariPoolMXBean").invoke(database);
            gauges.add(figure(MAX, null, database, "getMaximumPoolSize"));
            gauges.add(figure(CONNECTIONS, "active", pool, "getActiveConnections"));
            gauges.add(figure(CONNECTIONS, "idle", pool, "getIdleConnections"));
            gauges.add(figure(CONNECTIONS, "pending", pool, "getThreadsAwaitingConnection"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            stop();
            LOG.info("The database pool ({}) has no figures for /metrics", database.getClass().getName());
        }
    }

    private Gauge figure(String name, String state, Object source, String getter) throws NoSuchMethodException {
        Method method = publicMethod(source.getClass(), getter);
        Gauge.Builder<Object> builder = Gauge.builder(name, source, s -> read(method, s))
                .description("the gateway's database pool");
        return (state == null ? builder : builder.tag("state", state)).register(registry);
    }

    /** The method as declared by a public type (the pool's own class may not be public). */
    static Method publicMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> face : type.getInterfaces()) {
            try {
                return face.getMethod(name);
            } catch (NoSuchMethodException notHere) {
                // the next one
            }
        }
        return type.getMethod(name);
    }

    private static double read(Method method, Object source) {
        try {
            return ((Number) method.invoke(source)).doubleValue();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @Deactivate
    void stop() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }
}
