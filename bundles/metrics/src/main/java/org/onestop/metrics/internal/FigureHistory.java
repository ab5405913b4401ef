package org.onestop.metrics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

/**
 * The last hour of the key figures ({@link Figure}), one sample a minute kept in memory (60 a figure), read from the
 * gateway's meters: requests a minute, the share of them answered with a 5xx (per cent), their 95th percentile
 * latency (ms), open cases, overdue cases, mail waiting in the outbox, heap used (MB) and live threads. Lost at a
 * restart, as the JVM's figures are.
 */
@Component(service = FigureHistory.class, immediate = true)
public final class FigureHistory {

    static final int MINUTES = 60;

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<Figure, Samples> samples = new EnumMap<>(Figure.class);
    private ScheduledTask task;
    private Instant previousAt;
    private double previousRequests;
    private double previousErrors;

    /** Takes the baseline now, the first sample a minute later, then one a minute. */
    @Activate
    public FigureHistory(@Reference GatewayMeters meters, @Reference Scheduler scheduler) {
        this(meters.registry(), Clock.systemUTC());
        task = scheduler.every("metrics.history", Duration.ofMinutes(1), Duration.ofMinutes(1), this::sample);
    }

    FigureHistory(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        for (Figure figure : Figure.values()) {
            samples.put(figure, new Samples(MINUTES));
        }
        previousAt = clock.instant();
        previousRequests = requests(false);
        previousErrors = requests(true);
    }

    @Deactivate
    void stop() {
        if (task != null) {
            task.close();
        }
    }

    /** The samples of {@code figure}, oldest first. */
    Samples of(Figure figure) {
        return samples.get(figure);
    }

    /** Takes one sample of every figure, the rates since the previous sample. */
    synchronized void sample() {
        Instant at = clock.instant();
        double minutes = Math.max(Duration.between(previousAt, at).toMillis(), 1) / 60_000.0;
        double requests = requests(false);
        double errors = requests(true);
        double answered = requests - previousRequests;
        samples.get(Figure.REQUESTS).add(at, answered / minutes);
        samples.get(Figure.ERRORS).add(at, answered <= 0 ? 0 : 100 * (errors - previousErrors) / answered);
        samples.get(Figure.LATENCY).add(at, answered <= 0 ? 0 : latency95());
        samples.get(Figure.OPEN_CASES).add(at, sum(CaseGauges.OPEN, null, null));
        samples.get(Figure.OVERDUE).add(at, sum(CaseGauges.OVERDUE, null, null));
        samples.get(Figure.OUTBOX).add(at, sum(OutboxGauges.OUTBOX, "status", "pending"));
        samples.get(Figure.HEAP).add(at, sum("jvm.memory.used", "area", "heap") / (1024 * 1024));
        samples.get(Figure.THREADS).add(at, sum("jvm.threads.live", null, null));
        previousAt = at;
        previousRequests = requests;
        previousErrors = errors;
    }

    /** Every request counted so far, or those answered with a 5xx. */
    private double requests(boolean failedOnly) {
        return registry.find(RequestMeter.REQUESTS).timers().stream()
                .filter(t -> !failedOnly || String.valueOf(t.getId().getTag("status")).startsWith("5"))
                .mapToDouble(Timer::count).sum();
    }

    private double latency95() {
        Timer latency = registry.find(RequestMeter.LATENCY).timer();
        if (latency == null) {
            return Double.NaN;
        }
        for (ValueAtPercentile p : latency.takeSnapshot().percentileValues()) {
            if (p.percentile() == 0.95) {
                return p.value(TimeUnit.MILLISECONDS);
            }
        }
        return Double.NaN;
    }

    /** The sum of the gauges called {@code name} (with the tag, if given); NaN when there is none. */
    private double sum(String name, String tag, String value) {
        var search = registry.find(name);
        var gauges = (tag == null ? search : search.tag(tag, value)).gauges();
        if (gauges.isEmpty()) {
            return name.equals(CaseGauges.OPEN) && registry.find(CaseGauges.OVERDUE).gauge() != null ? 0 : Double.NaN;
        }
        return gauges.stream().mapToDouble(Gauge::value).sum();
    }
}
