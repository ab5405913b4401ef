package org.onestop.platform.internal.schedule;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Scheduler} of one bundle, as the {@link TaskPool}'s service factory hands it out. Its tasks run on the
 * pool; when the bundle stops or releases the service, every task it scheduled and did not close is stopped.
 */
final class BundleScheduler implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(BundleScheduler.class);

    private final String owner;
    private final TaskPool pool;
    private final List<PooledTask> tasks = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    /** The scheduler of the bundle {@code owner}. */
    BundleScheduler(String owner, TaskPool pool) {
        this.owner = owner;
        this.pool = pool;
    }

    @Override
    public ScheduledTask every(String name, Duration first, Duration interval, Work work) {
        return add(name, () -> pool.schedule(owner, name, first, interval, work));
    }

    @Override
    public ScheduledTask onOneNode(String name, Duration first, Duration interval, Work work) {
        return add(name, () -> pool.scheduleOnOneNode(owner, name, first, interval, work));
    }

    private synchronized ScheduledTask add(String name, Supplier<PooledTask> scheduling) {
        if (stopped) {
            throw new IllegalStateException("The scheduler of " + owner + " has stopped; task " + name
                    + " is not scheduled");
        }
        tasks.removeIf(task -> !task.active());
        PooledTask task = scheduling.get();
        tasks.add(task);
        return task;
    }

    /** The bundle stopped or released the service: its tasks stop. */
    synchronized void stop() {
        stopped = true;
        int stopping = 0;
        for (PooledTask task : tasks) {
            if (task.active()) {
                stopping++;
            }
            task.close();
        }
        tasks.clear();
        if (stopping > 0) {
            LOG.info("Stopped {} scheduled task(s) of {}", stopping, owner);
        }
    }
}
