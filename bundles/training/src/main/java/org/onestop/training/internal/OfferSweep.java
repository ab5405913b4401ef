package org.onestop.training.internal;

import java.time.Duration;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Passes unconfirmed offers on to the next in line every {@code sweep.minutes}, on the platform's scheduler; started
 * again with the new interval when the setting changes.
 */
@Component(immediate = true, configurationPid = TrainingConfig.PID)
public final class OfferSweep {

    private final ScheduledTask task;

    @Activate
    public OfferSweep(@Reference Waitlist waitlist, @Reference Scheduler scheduler, TrainingConfig config) {
        Duration every = Duration.ofMinutes(Math.max(1, config.sweep_minutes()));
        task = scheduler.onOneNode("training.offer-sweep", Duration.ofMinutes(1), every, waitlist::sweep);
    }

    @Deactivate
    void stop() {
        task.close();
    }
}
