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

    /**
     * Like {@link #every}, but run by one gateway node at a time when several share the database: work that must
     * happen once (a deadline watch, a courier, a sweep). Every node schedules the task; a run goes ahead only on the
     * node holding the task's lease, a row in the platform's database that its holder renews every few seconds. When
     * the holder stops, or dies and its lease runs out (within half a minute), another node takes the lease and runs
     * the task at once, then at its interval. On one node alone the task simply runs at its times.
     *
     * @param name     the task's name, which is also its lease's: one name per piece of work across all nodes
     * @param first    the wait before the first run (zero or more)
     * @param interval the wait between the end of one run and the start of the next (more than zero)
     * @param work     the work of one run
     * @return the task, to close when the component that scheduled it stops (its lease is given up)
     */
    ScheduledTask onOneNode(String name, Duration first, Duration interval, Work work);

    /** The work of one run; whatever it throws is logged and the task goes on. */
    @ConsumerType
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
