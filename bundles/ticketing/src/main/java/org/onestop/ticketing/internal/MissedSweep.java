package org.onestop.ticketing.internal;

import java.time.Duration;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Marks appointments not checked in by their slot's end as missed every {@value #MINUTES} minutes, on the platform's
 * scheduler (they are also marked whenever appointments are read).
 */
@Component(immediate = true)
public final class MissedSweep {

    static final int MINUTES = 5;

    private final ScheduledTask task;

    @Activate
    public MissedSweep(@Reference Appointments appointments, @Reference Scheduler scheduler) {
        task = scheduler.onOneNode("ticketing.missed-sweep", Duration.ofMinutes(1), Duration.ofMinutes(MINUTES),
                appointments::sweep);
    }

    @Deactivate
    void stop() {
        task.close();
    }
}
