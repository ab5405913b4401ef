package org.onestop.training.internal;

import java.time.Duration;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Sends the reminders before sessions every {@code sweep.minutes}, on the platform's scheduler, while
 * {@code reminder.hours} is more than 0, and the rating invitations after sessions ({@link SessionRatings}); started
 * again with the new settings when they change.
 */
@Component(immediate = true, configurationPid = TrainingConfig.PID)
public final class ReminderSweep {

    private final ScheduledTask task;

    @Activate
    public ReminderSweep(@Reference Reminders reminders, @Reference SessionRatings ratings,
            @Reference Scheduler scheduler, TrainingConfig config) {
        int hours = config.reminder_hours();
        Duration every = Duration.ofMinutes(Math.max(1, config.sweep_minutes()));
        task = scheduler.onOneNode("training.reminders", Duration.ofMinutes(1), every, () -> {
            try {
                reminders.remind(hours);
            } finally {
                ratings.invite();
            }
        });
    }

    @Deactivate
    void stop() {
        task.close();
    }
}
