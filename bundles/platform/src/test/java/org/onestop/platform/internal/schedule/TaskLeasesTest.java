package org.onestop.platform.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.platform.internal.schedule.TaskLeases.Claim;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/** The work that runs on one gateway node at a time, as two nodes sharing one database see it. */
class TaskLeasesTest {

    private static final Duration TERM = Duration.ofSeconds(30);
    private static final Duration OFTEN = Duration.ofMillis(20);
    @TempDir
    Path folder;
    private DataSource database;
    private final List<TaskPool> pools = new CopyOnWriteArrayList<>();

    @BeforeEach
    void database() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM").dataSource();
    }

    @AfterEach
    void close() {
        pools.forEach(TaskPool::close);
    }

    @Test
    void oneNodeHoldsALeaseUntilItRunsOutThenAnotherTakesItOver() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-12-04T08:00:00Z"));
        TaskLeases one = new TaskLeases(database, "node-1", TERM, clock);
        TaskLeases two = new TaskLeases(database, "node-2", TERM, clock);

        assertEquals(Claim.TAKEN, one.claim("cases.deadline-watch"));
        assertEquals(Claim.ELSEWHERE, two.claim("cases.deadline-watch"));
        assertTrue(one.holds("cases.deadline-watch"));
        assertFalse(two.holds("cases.deadline-watch"));
        assertEquals(Claim.TAKEN, two.claim("mail.courier"), "another task's lease is another row");

        clock.advance(Duration.ofSeconds(20));
        assertEquals(Claim.RENEWED, one.claim("cases.deadline-watch"));
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Claim.ELSEWHERE, two.claim("cases.deadline-watch"), "renewed 20 s ago: still node 1's");

        clock.advance(Duration.ofSeconds(6));
        assertFalse(one.holds("cases.deadline-watch"),
                "not renewed for 26 s: node 1 no longer counts on it, some seconds before anyone may take it");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Claim.TAKEN_OVER, two.claim("cases.deadline-watch"), "ran out 1 s ago");
        assertTrue(two.holds("cases.deadline-watch"));
        assertEquals(Claim.ELSEWHERE, one.claim("cases.deadline-watch"), "node 1 came back too late");
        assertFalse(one.holds("cases.deadline-watch"));
    }

    @Test
    void aLeaseGivenUpIsTakenAtOnce() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-12-04T08:00:00Z"));
        TaskLeases one = new TaskLeases(database, "node-1", TERM, clock);
        TaskLeases two = new TaskLeases(database, "node-2", TERM, clock);
        one.claim("mail.courier");

        one.release("mail.courier");
        clock.advance(Duration.ofMillis(1));

        assertFalse(one.holds("mail.courier"));
        assertEquals(Claim.TAKEN_OVER, two.claim("mail.courier"));
        two.release("training.reminders");
        assertEquals(Claim.RENEWED, two.claim("mail.courier"), "giving up a lease it does not hold changes nothing");
    }

    @Test
    void aTaskOnOneNodeRunsOnlyOnTheHolderAndMovesWhenTheHolderDies() throws Exception {
        List<String> runs = new CopyOnWriteArrayList<>();
        TaskPool one = pool("node-1", Duration.ofSeconds(1));
        TaskPool two = pool("node-2", Duration.ofSeconds(1));
        new BundleScheduler("org.onestop.cases", one).onOneNode("cases.deadline-watch", Duration.ZERO, OFTEN,
                () -> runs.add("node-1"));
        TimeUnit.MILLISECONDS.sleep(200);
        new BundleScheduler("org.onestop.cases", two).onOneNode("cases.deadline-watch", Duration.ZERO, OFTEN,
                () -> runs.add("node-2"));
        TimeUnit.MILLISECONDS.sleep(600);

        assertTrue(runs.size() > 5, "it ran: " + runs.size());
        assertEquals(List.of("node-1"), runs.stream().distinct().toList(), "only the holder runs it");

        one.close(); // the node dies: its lease is not given up, it runs out
        int before = runs.size();
        awaitRunOn("node-2", runs, before, Duration.ofSeconds(10));
        assertTrue(runs.subList(before, runs.size()).stream().allMatch("node-2"::equals));
    }

    @Test
    void aNodeStoppingItsTaskHandsItOverWithoutWaitingForTheTerm() throws Exception {
        List<String> runs = new CopyOnWriteArrayList<>();
        TaskPool one = pool("node-1", TERM);
        TaskPool two = pool("node-2", TERM);
        ScheduledTask onOne = new BundleScheduler("org.onestop.mail", one).onOneNode("mail.courier", Duration.ZERO,
                OFTEN, () -> runs.add("node-1"));
        TimeUnit.MILLISECONDS.sleep(200);
        new BundleScheduler("org.onestop.mail", two).onOneNode("mail.courier", Duration.ZERO, OFTEN,
                () -> runs.add("node-2"));
        TimeUnit.MILLISECONDS.sleep(300);
        assertFalse(runs.contains("node-2"));

        onOne.close();
        int before = runs.size();
        awaitRunOn("node-2", runs, before, Duration.ofSeconds(5));
        assertEquals(before, runs.indexOf("node-2"), "node 1 ran no more once its task stopped");
    }

    @Test
    void everyNodeRunsATaskOfEveryNode() throws Exception {
        List<String> runs = new CopyOnWriteArrayList<>();
        TaskPool one = pool("node-1", TERM);
        TaskPool two = pool("node-2", TERM);
        new BundleScheduler("org.onestop.lookup", one).every("lookup.index-follow", Duration.ZERO, OFTEN,
                () -> runs.add("node-1"));
        new BundleScheduler("org.onestop.lookup", two).every("lookup.index-follow", Duration.ZERO, OFTEN,
                () -> runs.add("node-2"));
        TimeUnit.MILLISECONDS.sleep(500);
        assertTrue(runs.contains("node-1") && runs.contains("node-2"), runs.toString());
    }

    private TaskPool pool(String node, Duration term) {
        TaskPool pool = new TaskPool(new TaskLeases(database, node, term, Clock.systemUTC()), Duration.ofMillis(100));
        pools.add(pool);
        return pool;
    }

    private static void awaitRunOn(String node, List<String> runs, int from, Duration patience)
            throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < end) {
            if (runs.subList(from, runs.size()).contains(node)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError(node + " did not take the task over within " + patience.toSeconds() + " s");
    }
}
