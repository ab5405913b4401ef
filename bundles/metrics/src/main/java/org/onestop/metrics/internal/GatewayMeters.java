package org.onestop.metrics.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The gateway's one meter registry, in the Prometheus format, with the JVM's figures bound to it (memory, threads,
 * garbage collection, class loading, uptime, processors). The other parts of this bundle add their meters to it;
 * {@link #scrape()} writes them all as Prometheus text.
 */
@Component(service = GatewayMeters.class, immediate = true)
public final class GatewayMeters {

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics garbageCollection;

    @Activate
    public GatewayMeters() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", "onestop");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        garbageCollection = new JvmGcMetrics();
        garbageCollection.bindTo(registry);
    }

    @Deactivate
    void close() {
        garbageCollection.close();
        registry.close();
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter in the Prometheus text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }
}
