package org.onestop.platform.internal.schedule;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.onestop.api.module.GatewayNode;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.schedule.Scheduler;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's one thread pool for periodic work ({@value #THREADS} daemon threads named {@code onestop-task-N}),
 * offered as the {@link Scheduler} service: a service factory, so that every bundle gets a {@link BundleScheduler} of
 * its own, stopped with its tasks when the bundle releases it (it stops, or its last component using it goes). A
 * task runs with a fixed delay between runs, so that two runs of one task never overlap. The tasks that run on one
 * node at a time hold leases in the platform's database under this node's name (kept in the data folder's file
 * {@code node}): every {@value #RENEWAL_SECONDS} s the pool renews the leases it holds and takes those that ran out
 * ({@value #TERM_SECONDS} s after their holder's last renewal), running a task it took over from another node at once.
 */
@Component(service = {}, immediate = true)
public final class TaskPool implements AutoCloseable {

    static final int THREADS = 4;
    static final int TERM_SECONDS = 30;
    static final int RENEWAL_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(TaskPool.class);

    private final ScheduledThreadPoolExecutor executor;
    /** The leases' own thread: tasks that take long never hold up a renewal or a take-over. */
    private final ScheduledExecutorService keeper;
    /** This node's leases, or null for a pool whose tasks all run here (tests). */
    private final TaskLeases leases;
    private final Set<PooledTask> leased = ConcurrentHashMap.newKeySet();
    private volatile boolean keepingFails;
    private ServiceRegistration<Scheduler> registration;

    @Activate
    public TaskPool(BundleContext context, @Reference(target = "(onestop.schema=PLATFORM)") DataSource database)
            throws IOException {
        this(new TaskLeases(database, GatewayNode.name(GatewayPaths.of(context).data()),
                Duration.ofSeconds(TERM_SECONDS), Clock.systemUTC()), Duration.ofSeconds(RENEWAL_SECONDS));
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

    /** A pool that is not offered as a service and runs every task here, for tests. */
    TaskPool() {
        this((TaskLeases) null, null);
    }

    /** A pool that is not offered as a service, keeping {@code leases} every {@code renewal}, for tests. */
    TaskPool(TaskLeases leases, Duration renewal) {
        this.leases = leases;
        AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(THREADS, r -> {
            Thread thread = new Thread(r, "onestop-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        if (leases != null) {
            keeper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "onestop-task-leases");
                thread.setDaemon(true);
                return thread;
            });
            keeper.scheduleWithFixedDelay(this::keepLeases, renewal.toMillis(), renewal.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            keeper = null;
        }
    }

    /** Schedules {@code work} of {@code owner} (a bundle's symbolic name) as {@link Scheduler#every} says. */
    PooledTask schedule(String owner, String name, Duration first, Duration interval, Scheduler.Work work) {
        return schedule(owner, name, first, interval, work, false);
    }

    /** Schedules {@code work} of {@code owner} as {@link Scheduler#onOneNode} says. */
    PooledTask scheduleOnOneNode(String owner, String name, Duration first, Duration interval,
            Scheduler.Work work) {
        PooledTask task = schedule(owner, name, first, interval, work, leases != null);
        if (task.leased()) {
            leased.add(task);
        }
        return task;
    }

    private PooledTask schedule(String owner, String name, Duration first, Duration interval, Scheduler.Work work,
            boolean onOneNode) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if (first.isNegative() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Task " + name + ": the first wait must not be negative and the"
                    + " interval must be more than zero");
        }
        PooledTask task = new PooledTask(owner, name, interval, work, onOneNode ? leases : null);
        task.started(executor.scheduleWithFixedDelay(task, first.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS));
        return task;
    }

    /** Renews the leases this node holds and takes those that ran out; never throws (it would stop the keeping). */
    private void keepLeases() {
        leased.removeIf(task -> !task.active());
        boolean failed = false;
        for (PooledTask task : leased) {
            try {
                if (leases.claim(task.name()) == TaskLeases.Claim.TAKEN_OVER) {
                    executor.execute(task);
                }
            } catch (SQLException | RuntimeException e) {
                if (!keepingFails && !failed) {
                    LOG.warn("Node {} could not keep the lease of task {} (its tasks on one node wait until it can):"
                            + " {}", leases.node(), task.name(), PooledTask.oneLine(e));
                }
                failed = true;
            }
        }
        if (keepingFails && !failed) {
            LOG.info("Node {} keeps its task leases again", leases.node());
        }
        keepingFails = failed;
    }

    @Deactivate
    @Override
    public void close() {
        if (registration != null) {
            registration.unregister();
        }
        if (keeper != null) {
            keeper.shutdownNow();
        }
        executor.shutdownNow();
    }
}
