package org.onestop.training.internal;

import java.time.Duration;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Passes unconfirmed offers on to the next in line every {@code sweep.minutes}, on the platform's scheduler. */
@Component(immediate = true)
public final class OfferSweep {

    private final ScheduledTask task;

    @Activate
    public OfferSweep(@Reference Waitlist waitlist, @Reference Scheduler scheduler) {
        Duration every = Duration.ofMinutes(Math.max(1, waitlist.config().sweep_minutes()));
        task = scheduler.every("training.offer-sweep", Duration.ofMinutes(1), every, waitlist::sweep);
    }

    @Deactivate
    void stop() {
        task.close();
    }
}
