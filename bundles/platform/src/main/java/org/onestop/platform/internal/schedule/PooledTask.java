package org.onestop.platform.internal.schedule;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task on the {@link TaskPool}: each run guarded, so that a failure is logged in one line and the task goes on.
 * A leased task runs only while this node holds its lease (claimed before a run when it is not known to be held),
 * and gives the lease up when closed.
 */
final class PooledTask implements ScheduledTask, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PooledTask.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final String owner;
    private final String name;
    private final Duration interval;
    private final Scheduler.Work work;
    /** The leases that decide whether this node runs the task, or null when it runs on every node. */
    private final TaskLeases leases;
    private final ReentrantLock running = new ReentrantLock();
    private volatile ScheduledFuture<?> future;
    private volatile boolean closed;

    PooledTask(String owner, String name, Duration interval, Scheduler.Work work, TaskLeases leases) {
        this.owner = owner;
        this.name = name;
        this.interval = interval;
        this.work = work;
        this.leases = leases;
    }

    /** Whether the task runs only on the node holding its lease. */
    boolean leased() {
        return leases != null;
    }

    void started(ScheduledFuture<?> scheduled) {
        this.future = scheduled;
    }

    @Override
    public String name() {
        return name;
    }

    String owner() {
        return owner;
    }

    @Override
    public boolean active() {
        return !closed && !future.isDone();
    }

    @Override
    public void run() {
        running.lock();
        try {
            if (closed) {
                return;
            }
            if (leases != null && !leases.holds(name) && leases.claim(name) == TaskLeases.Claim.ELSEWHERE) {
                return;
            }
            work.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            LOG.warn("Task {} of {} failed, it runs again in {}: {}", name, owner, words(interval), oneLine(e));
        } finally {
            running.unlock();
        }
    }

    @Override
    public void close() {
        closed = true;
        future.cancel(false);
        if (!running.isHeldByCurrentThread()) {
            awaitRun();
        }
        if (leases != null) {
            try {
                leases.release(name);
            } catch (SQLException | RuntimeException e) {
                LOG.info("Task {} of {} stopped; its lease could not be given up and runs out by itself: {}", name,
                        owner, oneLine(e));
            }
        }
    }

    private void awaitRun() {
        try {
            if (running.tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                running.unlock();
            } else {
                LOG.warn("Task {} of {} is stopped but its last run has not ended after {} s", name, owner,
                        CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An interval as the log says it: {@code 10 min}, {@code 30 s}, {@code 10 ms}. */
    static String words(Duration interval) {
        if (interval.toSeconds() >= 60 && interval.toSeconds() % 60 == 0) {
            return interval.toMinutes() + " min";
        }
        return interval.toMillis() >= 1000 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
    }

    /** The failure and its causes, on one line. */
    static String oneLine(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
