package org.onestop.metrics.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.onestop.api.jobs.JobCensus;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * {@value #JOBS} by kind and state: the background work of every module that publishes a {@link JobCensus} (the
 * patent imports of {@code lookup}), counted at most every {@link CaseGauges#REFRESH} seconds. A module's jobs go
 * from the figures with the module.
 */
@Component(service = {}, immediate = true)
public final class JobGauges {

    static final String JOBS = "onestop.jobs";
    private static final Logger LOG = LoggerFactory.getLogger(JobGauges.class);

    private final List<JobCensus> censuses = new CopyOnWriteArrayList<>();
    private final MultiGauge jobs;
    private final ScheduledTask task;

    @Activate
    public JobGauges(@Reference GatewayMeters meters, @Reference Scheduler scheduler) {
        this.jobs = MultiGauge.builder(JOBS).description("background jobs (imports) by kind and state")
                .register(meters.registry());
        this.task = scheduler.every("metrics.jobs", Duration.ZERO, Duration.ofSeconds(CaseGauges.REFRESH),
                this::count);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCensus(JobCensus census) {
        censuses.add(census);
    }

    void removeCensus(JobCensus census) {
        censuses.remove(census);
    }

    /** Counts every kind's jobs; a kind that cannot be counted now keeps out of this round. */
    void count() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (JobCensus census : censuses) {
            try {
                census.byState().forEach((state, count) -> rows.add(
                        MultiGauge.Row.of(Tags.of("kind", census.kind(), "state", state), count)));
            } catch (Exception e) {
                LOG.warn("The {} jobs could not be counted: {}", census.kind(), e.toString());
            }
        }
        jobs.register(rows, true);
    }

    @Deactivate
    void stop() {
        task.close();
        jobs.register(List.of(), true);
    }
}
