package org.onestop.metrics.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.onestop.api.cases.CaseCensus;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * {@value #OPEN} by module and status, and {@value #OVERDUE}: counted by the case bundle's {@link CaseCensus} at
 * most every {@link #REFRESH} seconds (a scrape reads the last count, never the database). Gone while the case
 * bundle is.
 */
@Component(service = {}, immediate = true)
public final class CaseGauges {

    static final String OPEN = "onestop.cases.open";
    static final String OVERDUE = "onestop.cases.overdue";
    static final long REFRESH = 15;

    private final CaseCensus census;
    private final MeterRegistry registry;
    private final MultiGauge open;
    private final AtomicLong overdue = new AtomicLong();
    private final Gauge overdueGauge;
    private final ScheduledTask task;

    @Activate
    public CaseGauges(@Reference GatewayMeters meters, @Reference CaseCensus census, @Reference Scheduler scheduler) {
        this.census = census;
        this.registry = meters.registry();
        this.open = MultiGauge.builder(OPEN).description("open cases by module and status").register(registry);
        this.overdueGauge = Gauge.builder(OVERDUE, overdue, AtomicLong::get)
                .description("open cases past their due date").register(registry);
        this.task = scheduler.every("metrics.cases", Duration.ZERO, Duration.ofSeconds(REFRESH), this::count);
    }

    void count() throws java.sql.SQLException {
        List<CaseCensus.OpenCount> counts = census.open();
        open.register(counts.stream().<MultiGauge.Row<?>>map(c -> MultiGauge.Row.of(Tags.of("module", c.module(), "status", c.status()),
                c.cases())).toList(), true);
        overdue.set(census.overdue());
    }

    @Deactivate
    void stop() {
        task.close();
        open.register(List.of(), true);
        registry.remove(overdueGauge);
    }
}
