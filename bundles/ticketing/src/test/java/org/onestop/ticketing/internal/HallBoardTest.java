package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HallBoardTest {

    @TempDir
    Path folder;
    HallDesk desk;
    HallSteps steps;
    HallBoard board;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
        steps = new HallSteps(desk);
        board = new HallBoard(desk.hall, desk.hours, desk.events);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void showsTodaysCallsNewestFirstWithTheirCountersAndTheQueues() throws Exception {
        Ticket a1 = desk.walkIn("preexam");
        desk.walkIn("preexam");
        Ticket b1 = desk.walkIn("assistance");
        desk.events.tell(HallEvent.Kind.TAKEN, a1, null);
        steps.call(a1, 1, 101);
        desk.clock.advance(Duration.ofMinutes(1));
        steps.call(b1, 2, 102);
        desk.events.tell(HallEvent.Kind.CALLED, b1, 2);

        BoardSnapshot now = board.snapshot();
        assertEquals(2, now.seq());
        assertEquals("2026-12-01", now.day());
        assertEquals(List.of("B001 2", "A001 1"), calls(now.calling()));
        assertEquals(List.of("called", "called"), now.calling().stream().map(BoardSnapshot.Call::kind).toList());
        assertEquals("维权援助", now.calling().get(0).service().zh());
        assertEquals(List.of("A 1", "B 0", "C 0", "D 0", "E 0", "F 0"), now.waiting().stream()
                .map(w -> w.prefix() + " " + w.waiting()).toList());
        assertEquals("请 {number} 号到 {counter} 号窗口", now.callWords());
    }

    @Test
    void aNumberLeavesTheCallsWhenItsVisitIsOverAndStaysAmongTheLastCalls() throws Exception {
        Ticket a1 = desk.walkIn("preexam");
        Ticket f1 = desk.walkIn("enquiry");
        steps.call(a1, 1, 101);
        steps.call(f1, 4, 104);
        steps.call(f1, 4, 104);
        steps.serve(a1);
        BoardSnapshot serving = board.snapshot();
        assertEquals(List.of("F001 4 called", "A001 1 serving"), serving.calling().stream()
                .map(c -> c.number() + " " + c.counter() + " " + c.kind()).toList());
        steps.finish(steps.serve(a1));
        steps.noShow(f1);

        BoardSnapshot after = board.snapshot();
        assertEquals(List.of(), after.calling());
        assertEquals(List.of("F001 4", "F001 4", "A001 1"), calls(after.recentCalls()));
        assertEquals(List.of("recalled", "called", "called"), after.recentCalls().stream()
                .map(BoardSnapshot.Call::kind).toList());
        assertEquals(0, after.seq(), "no event was told");
    }

    @Test
    void anotherDaysNumbersAreNotShown() throws Exception {
        Ticket a1 = desk.walkIn("preexam");
        steps.call(a1, 1, 101);
        desk.clock.advance(Duration.ofDays(1));
        BoardSnapshot tomorrow = board.snapshot();
        assertEquals("2026-12-02", tomorrow.day());
        assertEquals(List.of(), tomorrow.calling());
        assertEquals(List.of(), tomorrow.recentCalls());
        assertEquals(0, tomorrow.waiting().get(0).waiting());
    }

    @Test
    void aReconnectingBoardIsGivenWhatItMissedOrEverythingAfterARestart() {
        assertEquals(0, BoardEvents.after(null, 5));
        assertEquals(3, BoardEvents.after("3", 5));
        assertEquals(5, BoardEvents.after(" 5 ", 5));
        assertEquals(0, BoardEvents.after("9", 5), "beyond the newest: the gateway restarted");
        assertEquals(0, BoardEvents.after("x", 5));
        assertEquals(0, BoardEvents.after("-2", 5));
    }

    private static List<String> calls(List<BoardSnapshot.Call> calls) {
        return calls.stream().map(c -> c.number() + " " + c.counter()).toList();
    }
}
