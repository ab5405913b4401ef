package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;

/** A clerk at the counter: opening it, the order of calls and every step's rules, on the real database. */
class CounterDeskTest {

    static final Caller CLERK = HallDesk.clerk(101);
    static final Caller OTHER = HallDesk.clerk(102);

    @TempDir
    Path folder;
    HallDesk hall;
    CounterDesk desk;
    CounterMoves moves;

    @BeforeEach
    void open() throws Exception {
        hall = new HallDesk(folder);
        desk = hall.counterDesk();
        moves = hall.counterMoves();
    }

    @AfterEach
    void close() {
        hall.close();
    }

    private Refusal refused(int status, org.junit.jupiter.api.function.Executable step) {
        Refusal refusal = assertThrows(Refusal.class, step);
        assertEquals(status, refusal.status(), refusal.key());
        return refusal;
    }

    @Test
    void aCounterIsTakenByOneClerkAndClosedOnlyWhenNobodyIsAtIt() throws Exception {
        assertEquals("ticketing.counter.closed", refused(409, () -> desk.callNext(1, CLERK)).key());
        Counter opened = desk.open(1, CLERK);
        assertEquals(101L, opened.clerkId());
        assertEquals(hall.clock.instant(), opened.openedAt());
        assertEquals(101L, desk.open(1, CLERK).clerkId(), "opening again changes nothing");
        assertEquals("ticketing.counter.held", refused(409, () -> desk.open(1, OTHER)).key());
        assertEquals("ticketing.counter.held", refused(409, () -> desk.callNext(1, OTHER)).key());
        assertEquals("ticketing.counter.holding", refused(409, () -> desk.open(2, CLERK)).key());
        assertEquals("ticketing.counter.none", refused(404, () -> desk.open(99, CLERK)).key());
        hall.walkIn("preexam");
        desk.callNext(1, CLERK);
        assertEquals("ticketing.counter.busy", refused(409, () -> desk.close(1, CLERK)).key());
        moves.serve(1, CLERK);
        moves.finish(1, "", CLERK);
        Counter closed = desk.close(1, CLERK);
        assertNull(closed.clerkId());
        assertNull(closed.openedAt());
        assertEquals(101L, desk.open(2, CLERK).clerkId(), "free to take another");
        assertEquals(List.of("ticketing.counter.opened", "ticketing.counter.called", "ticketing.counter.serving",
                "ticketing.counter.done", "ticketing.counter.closed", "ticketing.counter.opened"), hall.column(
                "SELECT ACTION FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'ticketing.%' ORDER BY SEQ"));
    }

    @Test
    void appointmentsComeFirstThenTheLongestWaitOfTheCounterServicesOfToday() throws Exception {
        Ticket a1 = hall.walkIn("preexam");
        hall.clock.advance(Duration.ofMinutes(1));
        Ticket b1 = hall.walkIn("assistance");
        hall.clock.advance(Duration.ofMinutes(1));
        Ticket f1 = hall.walkIn("enquiry");
        hall.clock.advance(Duration.ofMinutes(1));
        Ticket appointment = hall.checkedIn("preexam");
        hall.hall.work().call(tx -> hall.numbers.take(tx, new Numbers.Taking(hall.service("preexam").id(),
                HallDesk.TODAY.plusDays(1), Ticket.Channel.ONLINE, 1L, null, 0, hall.clock.instant()),
                hall.clock.instant()));
        desk.open(1, CLERK);
        // counter 1 serves preexam and enquiry: the appointment, then A001 and F001 by their time; never B001
        assertEquals(appointment.number(), callAndFinish(1));
        assertEquals(a1.number(), callAndFinish(1));
        assertEquals(f1.number(), callAndFinish(1));
        assertEquals("ticketing.counter.empty", refused(404, () -> desk.callNext(1, CLERK)).key());
        assertEquals(Ticket.Status.WAITING, hall.ticket(b1.id()).status());
    }

    @Test
    void aTransferredNumberKeepsItsTimeInTheOtherQueue() throws Exception {
        Ticket a1 = hall.walkIn("preexam");
        hall.clock.advance(Duration.ofMinutes(5));
        Ticket f1 = hall.walkIn("enquiry");
        desk.open(1, CLERK);
        desk.open(2, OTHER);
        assertEquals(a1.number(), desk.callNext(1, CLERK).number());
        moves.serve(1, CLERK);
        long assistance = hall.service("assistance").id();
        assertEquals("ticketing.counter.same-service", refused(409,
                () -> moves.transfer(1, hall.service("preexam").id(), CLERK)).key());
        Ticket moved = moves.transfer(1, assistance, CLERK);
        assertEquals(Ticket.Status.WAITING, moved.status());
        assertEquals(assistance, moved.serviceId());
        assertEquals(a1.queuedAt(), moved.queuedAt());
        assertNull(moved.counterId());
        assertEquals(0, moved.calls());
        assertEquals(List.of("taken", "called", "serving", "transferred"), hall.history(a1.id()));
        assertEquals(List.of("preexam"), hall.column("SELECT DETAIL FROM TICKETING.TICKET_EVENT WHERE TICKET_ID = "
                + a1.id() + " AND KIND = 'transferred'"));
        // counter 2 serves assistance and enquiry: the transferred number waited longer than F001
        assertEquals(a1.number(), desk.callNext(2, OTHER).number());
        assertEquals("A001", a1.number(), "its number stays as printed");
        moves.serve(2, OTHER);
        moves.finish(2, null, OTHER);
        assertEquals(f1.number(), desk.callNext(2, OTHER).number());
    }

    @Test
    void recallCountsAndANoShowNeedsEnoughCallsAndIsFinal() throws Exception {
        Ticket a1 = hall.walkIn("preexam");
        desk.open(1, CLERK);
        assertEquals("ticketing.counter.none-called", refused(409, () -> moves.recall(1, CLERK)).key());
        assertEquals(1, desk.callNext(1, CLERK).calls());
        assertEquals("ticketing.counter.busy", refused(409, () -> desk.callNext(1, CLERK)).key());
        Refusal early = refused(409, () -> moves.noShow(1, CLERK));
        assertEquals("ticketing.counter.too-soon", early.key());
        assertEquals(List.of("A001", 1, 3), List.of(early.arguments()));
        assertEquals(2, moves.recall(1, CLERK).calls());
        assertEquals(3, moves.recall(1, CLERK).calls());
        Ticket gone = moves.noShow(1, CLERK);
        assertEquals(Ticket.Status.NO_SHOW, gone.status());
        assertEquals(hall.clock.instant(), gone.finishedAt());
        assertEquals(List.of("taken", "called", "recalled", "recalled", "no_show"), hall.history(a1.id()));
        assertEquals("ticketing.counter.none-called", refused(409, () -> moves.recall(1, CLERK)).key());
        assertEquals("ticketing.counter.empty", refused(404, () -> desk.callNext(1, CLERK)).key());
        assertEquals(List.of("called", "recalled", "recalled", "changed"), hall.events.recent().stream()
                .map(e -> e.kind().code()).toList());
        assertEquals(1, hall.events.recent().get(0).counterNumber());
    }

    @Test
    void parkedNumbersStayWithTheCounterAndResumeThere() throws Exception {
        Ticket a1 = hall.walkIn("preexam");
        Ticket a2 = hall.walkIn("preexam");
        desk.open(1, CLERK);
        desk.open(2, OTHER);
        desk.callNext(1, CLERK);
        assertEquals("ticketing.counter.not-serving", refused(409, () -> moves.park(1, CLERK)).key());
        assertEquals("ticketing.counter.not-serving", refused(409, () -> moves.finish(1, "x", CLERK)).key());
        moves.serve(1, CLERK);
        assertEquals("ticketing.counter.serving-already", refused(409, () -> moves.serve(1, CLERK)).key());
        Ticket parked = moves.park(1, CLERK);
        assertEquals(Ticket.Status.PARKED, parked.status());
        assertEquals(hall.counter(1).id(), parked.counterId());
        assertEquals(a2.number(), desk.callNext(1, CLERK).number(), "the counter calls the next meanwhile");
        assertEquals("ticketing.counter.busy", refused(409, () -> moves.resume(1, a1.id(), CLERK)).key());
        assertEquals("ticketing.counter.not-parked", refused(409, () -> moves.resume(2, a1.id(), OTHER))
                .key());
        moves.serve(1, CLERK);
        moves.finish(1, "材料齐全", CLERK);
        Ticket resumed = moves.resume(1, a1.id(), CLERK);
        assertEquals(Ticket.Status.SERVING, resumed.status());
        Ticket done = moves.finish(1, "  补交了身份证明  ", CLERK);
        assertEquals(Ticket.Status.DONE, done.status());
        assertEquals("补交了身份证明", done.note());
        assertEquals(List.of("taken", "called", "serving", "parked", "resumed", "done"), hall.history(a1.id()));
        assertEquals(422, refused(422, () -> moves.finish(1, "长".repeat(1001), CLERK)).status());
    }

    @Test
    void aVisitWithAnAccountIsInvitedToBeRatedOnceWhenFinished() throws Exception {
        Ticket mine = hall.walkIn("preexam", 7);
        Ticket anonymous = hall.walkIn("preexam");
        desk.open(1, CLERK);
        for (int i = 0; i < 2; i++) {
            desk.callNext(1, CLERK);
            moves.serve(1, CLERK);
            moves.finish(1, "", CLERK);
        }
        assertEquals(List.of("ticket:" + mine.id() + " 7 101"), hall.column("SELECT MODULE_REFERENCE || ' ' ||"
                + " TRIM(CAST(APPLICANT_ID AS CHAR(20))) || ' ' || TRIM(CAST(STAFF_ID AS CHAR(20))) FROM RATINGS.INVITATION"
                + " WHERE MODULE = 'ticketing'"));
        // the visitor without an account signs in on the ticket's rate link: linked once, invited then
        Ticket linked = hall.visitRatings().rate(anonymous.accessKey(), HallDesk.visitor(9));
        assertEquals(9L, linked.accountId());
        hall.visitRatings().rate(anonymous.accessKey(), HallDesk.visitor(9));
        assertEquals(404, refused(404, () -> hall.visitRatings().rate(anonymous.accessKey(),
                HallDesk.visitor(10))).status());
        assertEquals(404, refused(404, () -> hall.visitRatings().rate(mine.accessKey(),
                HallDesk.visitor(10))).status());
        assertEquals(2, hall.column("SELECT ID FROM RATINGS.INVITATION WHERE MODULE = 'ticketing'").size());
    }

    private String callAndFinish(int counter) throws Exception {
        Ticket called = desk.callNext(counter, CLERK);
        moves.serve(counter, CLERK);
        moves.finish(counter, "", CLERK);
        return called.number();
    }
}
