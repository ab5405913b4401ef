package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Refusal;

class DispenserTest {

    @TempDir
    Path folder;
    HallDesk desk;
    Dispenser dispenser;
    final List<HallEvent> told = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
        dispenser = desk.dispenser();
        desk.events.listen(told::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aSignedInVisitorTakesOneLiveNumberOfAServiceADayAndTheTakeIsAuditedAndTold() throws Exception {
        desk.clock.advance(Duration.ofMinutes(30));
        Ticket ticket = take("preexam", null, null, HallDesk.visitor(1));
        assertEquals("A001", ticket.number());
        assertEquals(Ticket.Channel.ONLINE, ticket.channel());
        assertEquals(1L, ticket.accountId());
        assertEquals(desk.clock.instant(), ticket.queuedAt(), "while the hall is open it queues now");
        assertEquals(List.of("ticketing.ticket.taken"), desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY"));
        assertEquals(List.of("ticket:" + ticket.id()), desk.column("SELECT TARGET FROM PLATFORM.AUDIT_ENTRY"));
        assertEquals(1, told.size());
        assertEquals(HallEvent.Kind.TAKEN, told.get(0).kind());
        assertEquals("A001", told.get(0).number());

        Refusal again = refused(409, "ticketing.take.already", () -> take("preexam", null, null,
                HallDesk.visitor(1)));
        assertArrayEquals(new Object[] {"A001"}, again.arguments());
        assertEquals("A001", take("preexam", "2026-12-02", null, HallDesk.visitor(1)).number(),
                "another day is another number");
        assertEquals("B001", take("assistance", null, null, HallDesk.visitor(1)).number());
        assertEquals("A002", take("preexam", null, null, HallDesk.visitor(2)).number());

        dispenser.cancel(ticket.accessKey(), HallDesk.visitor(1));
        assertEquals("A003", take("preexam", null, null, HallDesk.visitor(1)).number(),
                "a cancelled number is not live");
    }

    @Test
    void aVisitorPressingTakeManyTimesAtOnceGetsOneNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> tries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tries.add(pool.submit(() -> {
                    try {
                        return take("assistance", null, null, HallDesk.visitor(12)).number();
                    } catch (Refusal refused) {
                        return refused.key();
                    }
                }));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : tries) {
                answers.add(answer.get());
            }
            assertEquals(1, answers.stream().filter(a -> a.equals("B001")).count(), answers.toString());
            assertEquals(11, answers.stream().filter(a -> a.equals("ticketing.take.already")).count(),
                    answers.toString());
            assertEquals(List.of("B001"), desk.column("SELECT NUMBER FROM TICKETING.TICKET"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void beforeOpeningANumberQueuesFromTheOpeningAndAfterClosingNoneIsGivenForToday() throws Exception {
        desk.clock.set(at(2026, 12, 1, 7, 45));
        Ticket early = take("enquiry", null, null, HallDesk.visitor(3));
        assertEquals(at(2026, 12, 1, 9, 0), early.queuedAt());
        assertEquals(at(2026, 12, 1, 7, 45), early.takenAt());

        desk.clock.set(at(2026, 12, 1, 12, 30));
        assertEquals(at(2026, 12, 1, 12, 30), take("enquiry", null, null, HallDesk.visitor(4)).queuedAt(),
                "in the break the number queues for the afternoon at once");

        desk.clock.set(at(2026, 12, 1, 17, 0));
        Refusal closed = refused(409, "ticketing.take.closedNow", () -> take("enquiry", null, null,
                HallDesk.visitor(5)));
        assertArrayEquals(new Object[] {"17:00"}, closed.arguments());
        assertEquals("F001", take("enquiry", "2026-12-02", null, HallDesk.visitor(5)).number(),
                "tomorrow is still given");
    }

    @Test
    void aLaterDaysNumberQueuesFromItsWindowAndOnlyBookableDaysAreGiven() throws Exception {
        Ticket morning = takeIn("pledge", "2026-12-03", "morning", HallDesk.visitor(6));
        assertEquals(at(2026, 12, 3, 9, 0), morning.queuedAt());
        assertEquals(LocalDate.of(2026, 12, 3), morning.day());
        Ticket afternoon = takeIn("pledge", "2026-12-04", "afternoon", HallDesk.visitor(6));
        assertEquals(at(2026, 12, 4, 13, 30), afternoon.queuedAt(), "the afternoon starts after the break");

        refused(409, "ticketing.take.notBookable", () -> takeIn("pledge", "2026-12-05", null, HallDesk.visitor(7)));
        refused(409, "ticketing.take.notBookable", () -> takeIn("pledge", "2026-12-11", null, HallDesk.visitor(7)));
        assertEquals("E001", takeIn("pledge", "2026-12-10", null, HallDesk.visitor(7)).number(),
                "seven working days ahead");
        refused(409, "ticketing.take.past", () -> takeIn("pledge", "2026-11-30", null, HallDesk.visitor(7)));
        refused(400, "ticketing.take.badDay", () -> takeIn("pledge", "tomorrow", null, HallDesk.visitor(7)));
        refused(400, "ticketing.take.window", () -> takeIn("pledge", "2026-12-03", "evening", HallDesk.visitor(7)));

        desk.clock.set(at(2026, 12, 5, 10, 0));
        refused(409, "ticketing.take.closedToday", () -> takeIn("pledge", null, null, HallDesk.visitor(7)));
    }

    @Test
    void theServiceMustExistAndBeOffered() throws Exception {
        refused(404, "ticketing.take.noService", () -> dispenser.take(new Dispenser.Asked(999L, null, null, null),
                HallDesk.visitor(1)));
        refused(400, "ticketing.take.noServiceChosen", () -> dispenser.take(new Dispenser.Asked(null, null, null,
                null), HallDesk.visitor(1)));
        desk.db.execute("UPDATE TICKETING.SERVICE SET ACTIVE = 0 WHERE CODE = 'cnipa'");
        Refusal inactive = refused(409, "ticketing.take.inactive", () -> take("cnipa", null, null,
                HallDesk.visitor(1)));
        assertArrayEquals(new Object[] {"专利业务（国家知识产权局窗口）"}, inactive.arguments());
        assertEquals(List.of(), desk.column("SELECT ID FROM TICKETING.TICKET"));
    }

    @Test
    void visitorsWhoAreNotSignedInTakeAFewAnHourFromOneAddress() throws Exception {
        Caller anonymous = Caller.anonymous("10.1.1.1");
        for (int i = 0; i < 3; i++) {
            assertNull(take("enquiry", null, null, anonymous).accountId());
            desk.clock.advance(Duration.ofMinutes(10));
        }
        Refusal tooMany = refused(429, "ticketing.take.tooMany", () -> take("enquiry", null, null, anonymous));
        assertEquals(Duration.ofMinutes(30), tooMany.retryAfter(), "until the first is an hour old");
        assertArrayEquals(new Object[] {3, 30L}, tooMany.arguments(), "the allowance and the minutes to wait");
        assertEquals("F004", take("enquiry", null, null, Caller.anonymous("10.1.1.2")).number());
        desk.clock.advance(Duration.ofMinutes(30));
        assertEquals("F005", take("enquiry", null, null, anonymous).number());
    }

    @Test
    void theKioskTakesOnlyFromItsAddressesAndReceptionOnlyForClerks() throws Exception {
        refused(403, "ticketing.take.notKiosk", () -> take("trademark", null, "kiosk", Caller.anonymous("10.1.1.1")));
        Ticket kiosk = take("trademark", null, "kiosk", Caller.anonymous("10.9.9.9"));
        assertEquals(Ticket.Channel.KIOSK, kiosk.channel());
        assertEquals("D002", take("trademark", null, "kiosk", HallDesk.clerk(HallDesk.FIRST_CLERK)).number(),
                "a clerk may use the kiosk from anywhere");
        for (int i = 0; i < 5; i++) {
            take("trademark", null, "kiosk", Caller.anonymous("10.9.9.9"));
        }
        refused(400, "ticketing.take.todayOnly", () -> take("trademark", "2026-12-02", "kiosk",
                Caller.anonymous("10.9.9.9")));

        refused(403, "ticketing.take.notClerk", () -> take("trademark", null, "reception", HallDesk.visitor(1)));
        Caller supervisor = new Caller(HallDesk.FIRST_CLERK + 5, "sup@onestop.test", "值班长", AccountKind.STAFF,
                Set.of(Role.SUPERVISOR), null, "10.2.2.2");
        Ticket reception = take("trademark", null, "reception", supervisor);
        assertEquals(Ticket.Channel.RECEPTION, reception.channel());
        assertNull(reception.accountId(), "the visitor at reception is not the clerk");
        assertEquals(Ticket.Channel.RECEPTION, take("trademark", null, "reception",
                HallDesk.clerk(HallDesk.FIRST_CLERK)).channel(), "a clerk takes as many as visitors come");
        refused(400, "ticketing.take.channel", () -> take("trademark", null, "phone", HallDesk.visitor(1)));
    }

    @Test
    void aWaitingNumberIsCancelledOnceWithItsHistoryAndTheBoardIsTold() throws Exception {
        Ticket first = desk.walkIn("preexam");
        Ticket mine = take("preexam", null, null, HallDesk.visitor(8));
        TicketCards.TicketCard card = desk.cards().card(mine.accessKey(), Language.ZH_CN);
        assertEquals("排队中", card.statusLabel());
        assertEquals(2, card.position());
        assertEquals(1, card.ahead());
        assertEquals(15, card.estimatedMinutes());
        assertTrue(card.cancellable());
        assertEquals("专利预审咨询", card.service().name());

        Ticket cancelled = dispenser.cancel(mine.accessKey(), Caller.anonymous("10.3.3.3"));
        assertEquals(Ticket.Status.CANCELLED, cancelled.status());
        assertNotNull(cancelled.finishedAt());
        assertEquals(List.of("taken", "cancelled"), desk.history(mine.id()));
        assertEquals(HallEvent.Kind.CHANGED, told.get(told.size() - 1).kind());
        TicketCards.TicketCard after = desk.cards().card(mine.accessKey(), Language.EN);
        assertEquals("Cancelled", after.statusLabel());
        assertNull(after.position());
        assertFalse(after.cancellable());
        refused(409, "ticketing.take.notWaiting", () -> dispenser.cancel(mine.accessKey(), HallDesk.visitor(8)));
        refused(404, "ticketing.take.noTicket", () -> dispenser.cancel("no-such-key", HallDesk.visitor(8)));

        desk.db.execute("UPDATE TICKETING.TICKET SET STATUS = 'called', COUNTER_ID = " + desk.counter(1).id()
                + " WHERE ID = " + first.id());
        TicketCards.TicketCard called = desk.cards().card(first.accessKey(), Language.ZH_CN);
        assertEquals(1, called.counter());
        assertTrue(called.atCounter());
        refused(409, "ticketing.take.notWaiting", () -> dispenser.cancel(first.accessKey(), HallDesk.visitor(8)));
        assertEquals(List.of("ticketing.ticket.taken", "ticketing.ticket.cancelled"),
                desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY ORDER BY SEQ"));
    }

    @Test
    void aVisitorsOwnNumbersAreListedNewestFirst() throws Exception {
        take("preexam", "2026-12-02", null, HallDesk.visitor(9));
        take("enquiry", null, null, HallDesk.visitor(9));
        take("enquiry", null, null, HallDesk.visitor(10));
        assertEquals(List.of("A001", "F001"), desk.cards().mine(HallDesk.visitor(9), Language.ZH_CN, false).stream()
                .map(TicketCards.TicketCard::number).toList());
        assertEquals(List.of("F001"), desk.cards().mine(HallDesk.visitor(9), Language.ZH_CN, true).stream()
                .map(TicketCards.TicketCard::number).toList());
        assertEquals(List.of(), desk.cards().mine(Caller.anonymous("10.0.0.1"), Language.ZH_CN, false));
    }

    @Test
    void aPastDaysNumberShowsHowItEndedAndIsNoLongerCancelled() throws Exception {
        Ticket waited = take("enquiry", null, null, HallDesk.visitor(11));
        Ticket served = take("preexam", null, null, HallDesk.visitor(11));
        desk.db.execute("UPDATE TICKETING.TICKET SET STATUS = 'done' WHERE ID = " + served.id());
        desk.clock.advance(Duration.ofDays(1));
        TicketCards.TicketCard lapsed = desk.cards().card(waited.accessKey(), Language.ZH_CN);
        assertEquals("当日未办理", lapsed.statusLabel());
        assertTrue(lapsed.past());
        assertFalse(lapsed.cancellable());
        assertNull(lapsed.position());
        assertEquals("已办结", desk.cards().card(served.accessKey(), Language.ZH_CN).statusLabel());
        refused(409, "ticketing.take.notWaiting", () -> dispenser.cancel(waited.accessKey(), HallDesk.visitor(11)));
    }

    @Test
    void aKioskAddressIsKnownInEachOfItsSpellings() {
        assertEquals(Dispenser.literal("::1"), Dispenser.literal("[0:0:0:0:0:0:0:1]"));
        assertEquals("127.0.0.1", Dispenser.literal(" 127.0.0.1 "));
        assertTrue(dispenser.atKiosk(Caller.anonymous("0:0:0:0:0:0:0:1")));
        assertFalse(dispenser.atKiosk(Caller.anonymous("10.9.9.90")));
        assertFalse(dispenser.atKiosk(Caller.anonymous("")));
    }

    private Ticket take(String service, String day, String channel, Caller caller) throws Exception {
        return dispenser.take(new Dispenser.Asked(desk.service(service).id(), day, channel, null), caller);
    }

    private Ticket takeIn(String service, String day, String window, Caller caller) throws Exception {
        return dispenser.take(new Dispenser.Asked(desk.service(service).id(), day, null, window), caller);
    }

    private static Refusal refused(int status, String key, Executable action) {
        Refusal refused = assertThrows(Refusal.class, action);
        assertEquals(key, refused.key());
        assertEquals(status, refused.status());
        return refused;
    }

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(HallDesk.SHANGHAI).toInstant();
    }
}
