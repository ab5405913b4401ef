package org.onestop.platform.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onestop.api.schedule.ScheduledTask;

/** The shared scheduler: tasks run on the one pool, go on after a failure and stop with their bundle. */
class SchedulerTest {

    private static final Duration OFTEN = Duration.ofMillis(5);

    private final TaskPool pool = new TaskPool();

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aTaskRunsAgainAndAgainOnThePool() throws InterruptedException {
        CountDownLatch runs = new CountDownLatch(3);
        String[] thread = new String[1];
        ScheduledTask task = new BundleScheduler("org.onestop.sample", pool).every("sample.sweep", Duration.ZERO,
                OFTEN, () -> {
                    thread[0] = Thread.currentThread().getName();
                    runs.countDown();
                });
        assertTrue(runs.await(30, TimeUnit.SECONDS), "three runs");
        assertEquals("sample.sweep", task.name());
        assertTrue(task.active());
        assertTrue(thread[0].startsWith("onestop-task-"), thread[0]);
    }

    @Test
    void aRunThatThrowsIsLoggedAndTheTaskGoesOn() throws InterruptedException {
        CountDownLatch runs = new CountDownLatch(3);
        ScheduledTask task = new BundleScheduler("org.onestop.sample", pool).every("sample.failing", Duration.ZERO,
                OFTEN, () -> {
                    runs.countDown();
                    throw new SQLException("the database is gone");
                });
        assertTrue(runs.await(30, TimeUnit.SECONDS), "it ran again after it failed");
        assertTrue(task.active());
    }

    @Test
    void aFailureIsOneLineWithItsCauses() {
        Exception failure = new IllegalStateException("outbox unreadable",
                new SQLException("Connection refused:\n  port 1527"));
        assertEquals("IllegalStateException: outbox unreadable <- SQLException: Connection refused: port 1527",
                PooledTask.oneLine(failure));
    }

    @Test
    void theLogSaysWhenAFailedTaskRunsAgain() {
        assertEquals("10 min", PooledTask.words(Duration.ofMinutes(10)));
        assertEquals("90 s", PooledTask.words(Duration.ofSeconds(90)));
        assertEquals("10 ms", PooledTask.words(Duration.ofMillis(10)));
    }

    @Test
    void theTasksOfAStoppedBundleStopAndOthersGoOn() throws InterruptedException {
        BundleScheduler stopping = new BundleScheduler("org.onestop.stopping", pool);
        BundleScheduler staying = new BundleScheduler("org.onestop.staying", pool);
        AtomicInteger stoppingRuns = new AtomicInteger();
        AtomicInteger stayingRuns = new AtomicInteger();
        ScheduledTask first = stopping.every("stopping.one", Duration.ZERO, OFTEN, stoppingRuns::incrementAndGet);
        ScheduledTask second = stopping.every("stopping.two", Duration.ZERO, OFTEN, stoppingRuns::incrementAndGet);
        ScheduledTask other = staying.every("staying.one", Duration.ZERO, OFTEN, stayingRuns::incrementAndGet);
        waitFor(stoppingRuns, 4);

        stopping.stop();
        int stopped = stoppingRuns.get();
        waitFor(stayingRuns, stayingRuns.get() + 10);

        assertEquals(stopped, stoppingRuns.get(), "no run of a stopped bundle's task after its stop");
        assertFalse(first.active());
        assertFalse(second.active());
        assertTrue(other.active());
        assertThrows(IllegalStateException.class, () -> stopping.every("late", Duration.ZERO, OFTEN, () -> { }));
    }

    @Test
    void aClosedTaskRunsNoMore() throws InterruptedException {
        BundleScheduler scheduler = new BundleScheduler("org.onestop.sample", pool);
        AtomicInteger closedRuns = new AtomicInteger();
        AtomicInteger otherRuns = new AtomicInteger();
        ScheduledTask closing = scheduler.every("sample.closing", Duration.ZERO, OFTEN, closedRuns::incrementAndGet);
        scheduler.every("sample.other", Duration.ZERO, OFTEN, otherRuns::incrementAndGet);
        waitFor(closedRuns, 2);

        closing.close();
        int runs = closedRuns.get();
        waitFor(otherRuns, otherRuns.get() + 10);

        assertEquals(runs, closedRuns.get());
        assertFalse(closing.active());
    }

    @Test
    void anIntervalMustBeMoreThanZero() {
        BundleScheduler scheduler = new BundleScheduler("org.onestop.sample", pool);
        assertThrows(IllegalArgumentException.class,
                () -> scheduler.every("sample.busy", Duration.ZERO, Duration.ZERO, () -> { }));
    }

    /** Waits until {@code runs} reaches {@code count} (the test fails after half a minute). */
    private static void waitFor(AtomicInteger runs, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runs.get() < count) {
            assertTrue(System.nanoTime() < end, "only " + runs.get() + " runs of " + count);
            Thread.sleep(2);
        }
    }
}
