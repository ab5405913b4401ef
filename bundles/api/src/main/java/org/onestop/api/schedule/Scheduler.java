package org.onestop.api.schedule;

import java.time.Duration;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs periodic work (sweeps, watches, couriers) on the platform's one thread pool. Each bundle gets a scheduler
 * of its own: when the bundle stops (or releases the service), every task it scheduled stops with it. A component
 * keeps the {@link ScheduledTask} it gets and closes it in its {@code @Deactivate}. A run that throws is logged in
 * one line with the task's name and bundle, and the task runs again at its next time; two runs of one task never
 * overlap.
 *
 * <pre>{@code
 * @Activate
 * public Reminders(@Reference Scheduler scheduler) {
 *     task = scheduler.every("training.reminders", Duration.ofMinutes(1), Duration.ofMinutes(15), this::send);
 * }
 *
 * @Deactivate
 * void stop() {
 *     task.close();
 * }
 * }</pre>
 */
@ProviderType
public interface Scheduler {

    /**
     * Runs {@code work} first {@code first} from now, then again {@code interval} after each run ended.
     *
     * @param name     what the task is called in the log, e.g. {@code preexam.quota-reset}
     * @param first    the wait before the first run (zero or more)
     * @param interval the wait between the end of one run and the start of the next (more than zero)
     * @param work     the work of one run
     * @return the task, to close when the component that scheduled it stops
     */
    ScheduledTask every(String name, Duration first, Duration interval, Work work);

    /** The work of one run; whatever it throws is logged and the task goes on. */
    @ConsumerType
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
