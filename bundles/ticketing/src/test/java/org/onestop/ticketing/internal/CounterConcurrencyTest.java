package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;

/**
 * Twelve clerks' hands on six counters (two presses at once on each) calling next at the same instant over 200
 * waiting numbers, on the real database: every number is called exactly once, at one counter, and none is left.
 */
class CounterConcurrencyTest {

    static final int COUNTERS = 6;
    static final int NUMBERS = 200;

    @TempDir
    Path folder;

    @Test
    void manyClerksCallingAtOnceNeverCallANumberTwiceNorLoseOne() throws Exception {
        try (HallDesk hall = new HallDesk(folder)) {
            long enquiry = hall.service("enquiry").id();
            Caller supervisor = HallDesk.supervisor(150);
            hall.hallSetup().saveCounter(hall.counter(3).id(), new HallSetup.CounterForm(3, "3 号窗口", "Counter 3",
                    List.of(hall.service("cnipa").id(), enquiry), true), supervisor);
            for (int n = 5; n <= COUNTERS; n++) {
                hall.hallSetup().saveCounter(null, new HallSetup.CounterForm(n, n + " 号窗口", "Counter " + n,
                        List.of(enquiry), true), supervisor);
            }
            List<Long> taken = new ArrayList<>();
            for (int i = 0; i < NUMBERS; i++) {
                taken.add((i % 4 == 0 ? hall.checkedIn("enquiry") : hall.walkIn("enquiry")).id());
            }
            CounterDesk desk = hall.counterDesk();
            CounterMoves moves = hall.counterMoves();
            for (int n = 1; n <= COUNTERS; n++) {
                desk.open(n, HallDesk.clerk(HallDesk.FIRST_CLERK + n));
            }
            List<HallEvent> told = java.util.Collections.synchronizedList(new ArrayList<>());
            hall.events.listen(told::add);
            ExecutorService pool = Executors.newFixedThreadPool(2 * COUNTERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> hands = new ArrayList<>();
            for (int i = 0; i < 2 * COUNTERS; i++) {
                int counter = i % COUNTERS + 1;
                Caller clerk = HallDesk.clerk(HallDesk.FIRST_CLERK + counter);
                hands.add(pool.submit(() -> {
                    start.await();
                    List<Long> called = new ArrayList<>();
                    for (;;) {
                        Ticket ticket;
                        try {
                            ticket = desk.callNext(counter, clerk);
                        } catch (Refusal refused) {
                            if (refused.status() == 404) {
                                return called;
                            }
                            assertEquals("ticketing.counter.busy", refused.key());
                            Thread.yield();
                            continue;
                        }
                        called.add(ticket.id());
                        moves.serve(counter, clerk);
                        moves.finish(counter, "", clerk);
                    }
                }));
            }
            start.countDown();
            List<Long> called = new ArrayList<>();
            for (Future<List<Long>> hand : hands) {
                called.addAll(hand.get());
            }
            pool.shutdown();
            assertEquals(NUMBERS, called.size(), "as many calls as numbers");
            assertEquals(new java.util.TreeSet<>(taken), new java.util.TreeSet<>(called), "each number called once");
            assertEquals(List.of(String.valueOf(NUMBERS)), hall.column("SELECT COUNT(*) FROM TICKETING.TICKET"
                    + " WHERE STATUS = 'done'"));
            assertEquals(List.of(), hall.column("SELECT TICKET_ID FROM TICKETING.TICKET_EVENT WHERE KIND = 'called'"
                    + " GROUP BY TICKET_ID HAVING COUNT(*) > 1"), "no number called twice on its history");
            Map<Integer, Integer> perCounter = new TreeMap<>();
            for (HallEvent event : told) {
                if (event.kind() == HallEvent.Kind.CALLED) {
                    perCounter.merge(event.counterNumber(), 1, Integer::sum);
                }
            }
            assertEquals(NUMBERS, perCounter.values().stream().mapToInt(Integer::intValue).sum(), "the board heard"
                    + " every call: " + perCounter);
        }
    }
}
