package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Refusal;

/**
 * Many people enrol and cancel at once on a real Derby: a session of capacity C ends with exactly C places held,
 * every enrolment answered (none lost, none refused for anything but its own reason), the count of places the same
 * as the rows that hold one, and the waitlist in the order of arrival: nobody who came later holds a place while one
 * who came earlier still waits. Then again while offers expire and are swept meanwhile on a moving test clock.
 */
class WaitlistConcurrencyTest {

    private static final int CAPACITY = 5;
    private static final int PEOPLE = 40;
    private static final int CANCELLING = 12;

    @TempDir
    Path folder;

    @Test
    void parallelEnrolmentsAndCancellationsFillExactlyTheCapacityInArrivalOrder() throws Exception {
        try (TrainingDesk t = new TrainingDesk(folder, 24, 24)) {
            long session = t.publishedSession(CAPACITY, 0);
            run(t, session, new AtomicBoolean(), null);
            List<Enrolment> roll = t.waitlist.of(session);
            assertHeldExactly(t, session, roll, CAPACITY);
            assertEquals(CANCELLING, roll.stream().filter(e -> e.status().equals("cancelled")).count());
            assertEquals(PEOPLE - CANCELLING - CAPACITY, roll.stream().filter(e -> e.status().equals("waiting"))
                    .count());
            assertArrivalOrder(roll);
            assertEquals(PEOPLE + CANCELLING, t.audited().stream().filter(a -> a.startsWith("training.enrolment.")
                    && !a.equals("training.enrolment.offered")).count(), "each enrolment and cancellation audited");
        }
    }

    @Test
    void offersExpiringMeanwhileNeverGiveAPlaceTwiceNorLetAnyoneJumpTheLine() throws Exception {
        try (TrainingDesk t = new TrainingDesk(folder, 24, 24)) {
            long session = t.publishedSession(CAPACITY, 0);
            AtomicBoolean stop = new AtomicBoolean();
            Callable<Integer> expiry = () -> {
                int sweeps = 0;
                for (int day = 0; day < 8 && !stop.get(); day++) {
                    Thread.sleep(20);
                    t.clock.advance(Duration.ofHours(25));
                    sweeps += t.waitlist.sweep();
                }
                return sweeps;
            };
            run(t, session, stop, expiry);
            t.waitlist.settle(session);
            List<Enrolment> roll = t.waitlist.of(session);
            long holders = roll.stream().filter(e -> e.status().equals("confirmed") || e.status().equals("offered"))
                    .count();
            long waiting = roll.stream().filter(e -> e.status().equals("waiting")).count();
            assertEquals(Math.min(CAPACITY, holders + waiting), holders, "no free place while someone waits");
            assertHeldExactly(t, session, roll, (int) holders);
            assertArrivalOrder(roll);
            long offered = t.audited().stream().filter(a -> a.equals("training.enrolment.offered")).count();
            long lapsed = roll.stream().filter(e -> e.status().equals("lapsed")).count();
            assertTrue(offered >= lapsed, "only an offer lapses: " + offered + " offers, " + lapsed + " lapsed");
        }
    }

    /**
     * Everyone enrols at once from many threads; the cancelling ones then cancel at once (while others still enrol);
     * {@code meanwhile} runs beside them until they are done.
     */
    private static void run(TrainingDesk t, long session, AtomicBoolean stop, Callable<Integer> meanwhile)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Integer> side = meanwhile == null ? null : pool.submit(meanwhile);
            List<Future<String>> done = new ArrayList<>();
            for (int i = 1; i <= PEOPLE; i++) {
                long person = i;
                done.add(pool.submit(() -> {
                    start.await();
                    Enrolment mine = t.waitlist.enrol(session, innovator(person));
                    if (person <= CANCELLING) {
                        try {
                            return t.waitlist.cancel(mine.id(), innovator(person)).status();
                        } catch (Refusal refused) {
                            assertEquals("training.refused.notActive", refused.key(), "only a lapsed offer");
                            return "lapsed";
                        }
                    }
                    return mine.status();
                }));
            }
            start.countDown();
            for (Future<String> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            stop.set(true);
            if (side != null) {
                side.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertHeldExactly(TrainingDesk t, long session, List<Enrolment> roll, int expected)
            throws Exception {
        long holding = roll.stream().filter(e -> e.status().equals("confirmed") || e.status().equals("offered"))
                .count();
        assertEquals(expected, holding, "places held: " + roll);
        assertEquals(expected, t.held(session), "the session's count agrees with its rows");
        assertEquals(roll.stream().map(Enrolment::accountId).distinct().count(), roll.size(),
                "one enrolment per person");
    }

    /** Every place holder arrived before everyone still waiting, and the waitlist's numbers follow arrival. */
    private static void assertArrivalOrder(List<Enrolment> roll) {
        long lastHolder = roll.stream().filter(e -> e.status().equals("confirmed") || e.status().equals("offered"))
                .mapToLong(Enrolment::id).max().orElse(0);
        List<Enrolment> waiting = roll.stream().filter(e -> e.status().equals("waiting"))
                .sorted(Comparator.comparingLong(Enrolment::id)).toList();
        waiting.forEach(w -> assertTrue(w.id() > lastHolder, "waiting " + w + " came before holder " + lastHolder));
        for (int i = 0; i < waiting.size(); i++) {
            assertEquals(i + 1, waiting.get(i).position());
        }
    }
}
