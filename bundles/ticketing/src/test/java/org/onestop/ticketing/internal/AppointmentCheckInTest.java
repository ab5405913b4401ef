package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.ticketing.internal.AppointmentsTest.assertRefused;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.identity.Caller;

/** Checking appointments in within their slots, at Tuesday 2026-12-01 09:00 (check-in opens 30 minutes early). */
class AppointmentCheckInTest {

    @TempDir
    Path folder;
    HallDesk desk;
    AppointmentCheckIn checkIn;
    Appointment ten;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
        checkIn = desk.appointmentCheckIn();
        ten = desk.appointments().book(desk.service("preexam").id(), HallDesk.slot(HallDesk.TODAY, 10, 0), null,
                HallDesk.visitor(1));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void tooEarlyIsRefusedSayingWhenCheckInOpens() {
        Refusing.key(409, "ticketing.appointment.early", "2026-12-01 09:30", () -> checkIn.byCode(ten.code(),
                Caller.anonymous("10.1.1.1")));
    }

    @Test
    void anAppointmentCheckedInAtTheKioskIsCalledAheadOfEveryWalkIn() throws Exception {
        desk.walkIn("preexam");
        desk.walkIn("preexam");
        desk.clock.advance(Duration.ofMinutes(40));
        List<HallEvent> told = new ArrayList<>();
        desk.events.listen(told::add);
        AppointmentCheckIn.CheckedIn in = checkIn.byCode(" " + ten.code().substring(0, 4).toLowerCase() + "-"
                + ten.code().substring(4) + " ", Caller.anonymous("10.1.1.1"));
        assertEquals("A003", in.ticket().number());
        assertEquals(1, in.ticket().priority());
        assertEquals(ten.id(), in.ticket().appointmentId());
        assertEquals(Ticket.Channel.KIOSK, in.ticket().channel());
        assertEquals(Appointment.Status.CHECKED_IN, in.appointment().status());
        assertEquals(in.ticket().id(), in.appointment().ticketId());
        assertEquals(List.of("A003", "A001", "A002"), desk.hall.work().call(tx -> desk.hall.queue(tx,
                HallDesk.TODAY, desk.service("preexam").id())).stream().map(Ticket::number).toList());
        assertEquals(List.of("taken", "checked_in"), desk.history(in.ticket().id()));
        assertEquals(1, told.size());
        assertEquals(HallEvent.Kind.TAKEN, told.get(0).kind());
        assertTrue(desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY ORDER BY SEQ")
                .contains("ticketing.appointment.checked-in"));
        assertRefused(409, "ticketing.appointment.alreadyCheckedIn", () -> checkIn.byCode(ten.code(),
                Caller.anonymous("10.1.1.1")));
        assertEquals(List.of("1"), desk.column("SELECT COUNT(*) FROM TICKETING.TICKET WHERE APPOINTMENT_ID = "
                + ten.id()));
    }

    @Test
    void theVisitorChecksInOnlineAndAClerkAtReceptionButNobodyElse() throws Exception {
        Appointment other = desk.appointments().book(desk.service("enquiry").id(), HallDesk.slot(HallDesk.TODAY, 10,
                0), null, HallDesk.visitor(2));
        desk.clock.advance(Duration.ofMinutes(35));
        assertRefused(404, "ticketing.appointment.unknownCode", () -> checkIn.byId(ten.id(), HallDesk.visitor(2)));
        AppointmentCheckIn.CheckedIn online = checkIn.byId(ten.id(), HallDesk.visitor(1));
        assertEquals(Ticket.Channel.ONLINE, online.ticket().channel());
        assertEquals(Long.valueOf(1), online.ticket().accountId());
        AppointmentCheckIn.CheckedIn reception = checkIn.byId(other.id(), HallDesk.clerk(101));
        assertEquals(Ticket.Channel.RECEPTION, reception.ticket().channel());
        assertEquals("F001", reception.ticket().number());
    }

    @Test
    void afterTheSlotsEndItIsTooLateAndTheAppointmentIsMissed() throws Exception {
        desk.clock.advance(Duration.ofMinutes(90));
        Refusing.key(409, "ticketing.appointment.late", "2026-12-01 10:30", () -> checkIn.byCode(ten.code(),
                Caller.anonymous("10.1.1.1")));
        assertEquals(Appointment.Status.MISSED, desk.appointments().mine(ten.id(), HallDesk.visitor(1)).status());
        assertRefused(404, "ticketing.appointment.unknownCode", () -> checkIn.byCode("ZZZZZZZZ",
                Caller.anonymous("10.1.1.1")));
        assertRefused(400, "ticketing.appointment.noCode", () -> checkIn.byCode("  ", Caller.anonymous("x")));
        assertEquals(List.of(), desk.column("SELECT ID FROM TICKETING.TICKET"));
    }

    /** A refusal whose words name a time. */
    static final class Refusing {
        static void key(int status, String key, String time, org.junit.jupiter.api.function.Executable step) {
            org.onestop.api.module.Refusal refused = org.junit.jupiter.api.Assertions.assertThrows(
                    org.onestop.api.module.Refusal.class, step);
            assertEquals(key, refused.key());
            assertEquals(status, refused.status());
            assertTrue(refused.text(org.onestop.testing.ModuleTexts.strict(), org.onestop.api.i18n.Language.ZH_CN)
                    .contains(time), refused.getMessage());
        }
    }
}
