package org.onestop.platform.internal.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.onestop.api.schedule.Scheduler;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The platform's one thread pool for periodic work ({@value #THREADS} daemon threads named {@code onestop-task-N}),
 * offered as the {@link Scheduler} service: a service factory, so that every bundle gets a {@link BundleScheduler} of
 * its own, stopped with its tasks when the bundle releases it (it stops, or its last component using it goes). A
 * task runs with a fixed delay between runs, so that two runs of one task never overlap.
 */
@Component(service = {}, immediate = true)
public final class TaskPool implements AutoCloseable {

    static final int THREADS = 4;

    private final ScheduledThreadPoolExecutor executor;
    private ServiceRegistration<Scheduler> registration;

    @Activate
    public TaskPool(BundleContext context) {
        this();
        registration = context.registerService(Scheduler.class, new ServiceFactory<>() {
            @Override
            public Scheduler getService(Bundle bundle, ServiceRegistration<Scheduler> service) {
                return new BundleScheduler(bundle.getSymbolicName(), TaskPool.this);
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<Scheduler> service, Scheduler scheduler) {
                ((BundleScheduler) scheduler).stop();
            }
        }, null);
    }

    /** A pool that is not offered as a service, for tests. */
    TaskPool() {
        AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(THREADS, r -> {
            Thread thread = new Thread(r, "onestop-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Schedules {@code work} of {@code owner} (a bundle's symbolic name) as {@link Scheduler#every} says. */
    PooledTask schedule(String owner, String name, Duration first, Duration interval, Scheduler.Work work) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if (first.isNegative() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Task " + name + ": the first wait must not be negative and the"
                    + " interval must be more than zero");
        }
        PooledTask task = new PooledTask(owner, name, interval, work);
        task.started(executor.scheduleWithFixedDelay(task, first.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS));
        return task;
    }

    @Deactivate
    @Override
    public void close() {
        if (registration != null) {
            registration.unregister();
        }
        executor.shutdownNow();
    }
}
