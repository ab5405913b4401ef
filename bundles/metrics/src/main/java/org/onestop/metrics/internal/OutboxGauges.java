package org.onestop.metrics.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.onestop.api.mail.Outbox;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@value #OUTBOX} with {@code status} pending or failed: the mail the outbox has not sent, counted at most every
 * {@link CaseGauges#REFRESH} seconds. Gone while the mail bundle is.
 */
@Component(service = {}, immediate = true)
public final class OutboxGauges {

    static final String OUTBOX = "onestop.mail.outbox";

    private final MeterRegistry registry;
    private final AtomicReference<Outbox.Size> size = new AtomicReference<>(new Outbox.Size(0, 0));
    private final Gauge pending;
    private final Gauge failed;
    private final ScheduledTask task;

    @Activate
    public OutboxGauges(@Reference GatewayMeters meters, @Reference Outbox outbox, @Reference Scheduler scheduler) {
        this.registry = meters.registry();
        this.pending = Gauge.builder(OUTBOX, size, s -> s.get().pending()).tag("status", "pending")
                .description("mail in the outbox not sent").register(registry);
        this.failed = Gauge.builder(OUTBOX, size, s -> s.get().failed()).tag("status", "failed")
                .description("mail in the outbox not sent").register(registry);
        this.task = scheduler.every("metrics.outbox", Duration.ZERO, Duration.ofSeconds(CaseGauges.REFRESH),
                () -> size.set(outbox.size()));
    }

    @Deactivate
    void stop() {
        task.close();
        registry.remove(pending);
        registry.remove(failed);
    }
}
