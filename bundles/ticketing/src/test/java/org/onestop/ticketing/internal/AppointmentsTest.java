package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Refusal;

/** Booking, changing, cancelling and rebooking appointments on the real tables, at Tuesday 2026-12-01 09:00. */
class AppointmentsTest {

    private static final LocalDate TODAY = HallDesk.TODAY;

    @TempDir
    Path folder;
    HallDesk desk;
    Appointments appointments;
    long preexam;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
        appointments = desk.appointments();
        preexam = desk.service("preexam").id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aDaysSlotsShowThePlacesLeft() throws Exception {
        appointments.book(preexam, HallDesk.slot(TODAY, 10, 0), null, HallDesk.visitor(1));
        List<Appointments.Places> slots = appointments.slots(preexam, TODAY);
        assertEquals(12, slots.size(), "09:30 to 17:00 in 30 minutes, less the break: 09:00 has started");
        assertEquals(HallDesk.slot(TODAY, 9, 30), slots.get(0).slot().start());
        assertEquals(2, slots.get(0).left());
        assertEquals(13, appointments.slots(preexam, TODAY.plusDays(1)).size());
        assertEquals(1, slots.stream().filter(p -> p.slot().start().equals(HallDesk.slot(TODAY, 10, 0)))
                .findFirst().orElseThrow().left());
        assertEquals(List.of(), appointments.slots(preexam, LocalDate.of(2026, 12, 5)), "a Saturday");
        assertEquals(List.of(), appointments.slots(preexam, TODAY.plusDays(30)), "too far ahead");
    }

    @Test
    void aBookingIsStoredAuditedAndToldToTheVisitorInTheAppAndByMail() throws Exception {
        Appointment booked = appointments.book(preexam, HallDesk.slot(TODAY.plusDays(1), 14, 0), " YS-2026-000001 ",
                HallDesk.visitor(3));
        assertEquals(Appointment.Status.BOOKED, booked.status());
        assertEquals("YS-2026-000001", booked.reference());
        assertEquals(AppointmentRows.CODE_LENGTH, booked.code().length());
        assertEquals(LocalDate.of(2026, 12, 2), booked.day());
        assertEquals(List.of("ticketing.appointment.booked"), actions());
        List<String> notices = desk.column("SELECT SUBJECT FROM CASES.NOTIFICATION WHERE ACCOUNT_ID = 3");
        assertEquals(List.of("预约成功：专利预审咨询 2026-12-02 14:00–14:30"), notices);
        List<String> mails = desk.column("SELECT BODY FROM MAIL.MAIL_OUTBOX");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).contains(booked.code()), mails.get(0));
    }

    @Test
    void eachWrongSlotIsRefusedWithItsReason() throws Exception {
        assertRefused(409, "ticketing.appointment.started", () -> appointments.book(preexam,
                HallDesk.slot(TODAY, 9, 0), null, HallDesk.visitor(1)));
        assertRefused(409, "ticketing.appointment.noSuchSlot", () -> appointments.book(preexam,
                HallDesk.slot(TODAY, 10, 15), null, HallDesk.visitor(1)));
        assertRefused(409, "ticketing.appointment.noSuchSlot", () -> appointments.book(preexam,
                HallDesk.slot(TODAY, 12, 0), null, HallDesk.visitor(1)));
        assertRefused(409, "ticketing.appointment.dayClosed", () -> appointments.book(preexam,
                HallDesk.slot(LocalDate.of(2026, 12, 5), 10, 0), null, HallDesk.visitor(1)));
        assertRefused(404, "ticketing.error.service", () -> appointments.book(999, HallDesk.slot(TODAY, 10, 0), null,
                HallDesk.visitor(1)));
        assertRefused(400, "ticketing.appointment.badReference", () -> appointments.book(preexam,
                HallDesk.slot(TODAY, 10, 0), "x".repeat(101), HallDesk.visitor(1)));
        desk.db.execute("UPDATE TICKETING.SERVICE SET ACTIVE = 0 WHERE CODE = 'pledge'");
        assertRefused(409, "ticketing.appointment.notOffered", () -> appointments.book(desk.service("pledge").id(),
                HallDesk.slot(TODAY, 10, 0), null, HallDesk.visitor(1)));
        assertEquals(List.of(), desk.column("SELECT ID FROM TICKETING.APPOINTMENT"));
    }

    @Test
    void aVisitorHoldsOneAppointmentOfAServiceADayAndAFullSlotIsRefused() throws Exception {
        Instant ten = HallDesk.slot(TODAY, 10, 0);
        appointments.book(preexam, ten, null, HallDesk.visitor(1));
        assertRefused(409, "ticketing.appointment.oneADay", () -> appointments.book(preexam,
                HallDesk.slot(TODAY, 15, 0), null, HallDesk.visitor(1)));
        appointments.book(desk.service("enquiry").id(), ten, null, HallDesk.visitor(1));
        appointments.book(preexam, ten, null, HallDesk.visitor(2));
        assertRefused(409, "ticketing.appointment.full", () -> appointments.book(preexam, ten, null,
                HallDesk.visitor(3)));
        appointments.book(preexam, HallDesk.slot(TODAY.plusDays(1), 10, 0), null, HallDesk.visitor(1));
    }

    @Test
    void visitorsBookingTheLastPlacesAtOnceNeverTakeMoreThanTheSlotHolds() throws Exception {
        Instant ten = HallDesk.slot(TODAY, 10, 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> tries = new ArrayList<>();
            for (int i = 1; i <= 24; i++) {
                long visitor = i;
                tries.add(pool.submit(() -> {
                    try {
                        appointments.book(preexam, ten, null, HallDesk.visitor(visitor));
                        return "booked";
                    } catch (Refusal refused) {
                        return refused.key();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : tries) {
                outcomes.add(outcome.get());
            }
            assertEquals(2, outcomes.stream().filter("booked"::equals).count(), outcomes.toString());
            assertEquals(22, outcomes.stream().filter("ticketing.appointment.full"::equals).count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("2"), desk.column("SELECT COUNT(*) FROM TICKETING.APPOINTMENT"));
        assertEquals(0, appointments.slots(preexam, TODAY).stream().filter(p -> p.slot().start().equals(ten))
                .findFirst().orElseThrow().left());
    }

    @Test
    void aChangeTakesTheNewPlaceBeforeFreeingTheOldOne() throws Exception {
        Instant ten = HallDesk.slot(TODAY, 10, 0);
        Instant eleven = HallDesk.slot(TODAY, 11, 0);
        Appointment mine = appointments.book(preexam, ten, "ref-1", HallDesk.visitor(1));
        appointments.book(preexam, eleven, null, HallDesk.visitor(2));
        appointments.book(preexam, eleven, null, HallDesk.visitor(3));
        assertRefused(409, "ticketing.appointment.full", () -> appointments.change(mine.id(), eleven,
                HallDesk.visitor(1)));
        assertEquals(ten, appointments.mine(mine.id(), HallDesk.visitor(1)).slotStart(), "kept when refused");
        assertRefused(409, "ticketing.appointment.sameSlot", () -> appointments.change(mine.id(), ten,
                HallDesk.visitor(1)));
        assertRefused(404, "ticketing.appointment.notFound", () -> appointments.change(mine.id(),
                HallDesk.slot(TODAY, 14, 0), HallDesk.visitor(2)));
        Appointment moved = appointments.change(mine.id(), HallDesk.slot(TODAY.plusDays(1), 9, 30),
                HallDesk.visitor(1));
        assertEquals(mine.id(), moved.id());
        assertEquals(mine.code(), moved.code());
        assertEquals("ref-1", moved.reference());
        assertEquals(LocalDate.of(2026, 12, 2), moved.day());
        assertEquals(2, left(TODAY, ten), "the old place is free again");
        assertEquals(1, left(TODAY.plusDays(1), moved.slotStart()));
        assertTrue(actions().contains("ticketing.appointment.changed"));
    }

    @Test
    void anAppointmentIsCancelledOnlyBeforeItsSlotStarts() throws Exception {
        Appointment early = appointments.book(preexam, HallDesk.slot(TODAY, 9, 30), null, HallDesk.visitor(1));
        Appointment later = appointments.book(desk.service("enquiry").id(), HallDesk.slot(TODAY, 14, 0), null,
                HallDesk.visitor(1));
        desk.clock.advance(Duration.ofMinutes(31));
        assertRefused(409, "ticketing.appointment.uncancellable", () -> appointments.cancel(early.id(),
                HallDesk.visitor(1)));
        assertRefused(409, "ticketing.appointment.unchangeable", () -> appointments.change(early.id(),
                HallDesk.slot(TODAY, 15, 0), HallDesk.visitor(1)));
        assertEquals(Appointment.Status.CANCELLED, appointments.cancel(later.id(), HallDesk.visitor(1)).status());
        assertEquals(4, appointments.slots(desk.service("enquiry").id(), TODAY).stream()
                .filter(p -> p.slot().start().equals(later.slotStart())).findFirst().orElseThrow().left(),
                "the enquiries' four places are all free again");
        assertRefused(409, "ticketing.appointment.uncancellable", () -> appointments.cancel(later.id(),
                HallDesk.visitor(1)));
    }

    @Test
    void anAppointmentNotCheckedInByItsSlotsEndIsMissedAndCanBeRebookedKeepingItsReference() throws Exception {
        Appointment missed = appointments.book(preexam, HallDesk.slot(TODAY, 9, 30), "YS-2026-000009",
                HallDesk.visitor(4));
        desk.clock.advance(Duration.ofMinutes(59));
        assertEquals(Appointment.Status.BOOKED, appointments.mine(missed.id(), HallDesk.visitor(4)).status());
        desk.clock.advance(Duration.ofMinutes(1));
        assertEquals(Appointment.Status.MISSED, appointments.mine(HallDesk.visitor(4)).get(0).status(),
                "marked when read");
        assertEquals(1, desk.column("SELECT SEQ FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = "
                + "'ticketing.appointment.missed' AND ACTOR = 'runtime'").size());
        assertEquals(0, appointments.sweep(), "once");
        assertRefused(409, "ticketing.appointment.notMissed", () -> appointments.rebook(appointments.book(preexam,
                HallDesk.slot(TODAY, 16, 0), null, HallDesk.visitor(5)).id(), HallDesk.slot(TODAY, 16, 30),
                HallDesk.visitor(5)));
        Appointment again = appointments.rebook(missed.id(), HallDesk.slot(TODAY, 13, 30), HallDesk.visitor(4));
        assertEquals(Appointment.Status.BOOKED, again.status());
        assertEquals("YS-2026-000009", again.reference());
        Appointment old = appointments.mine(missed.id(), HallDesk.visitor(4));
        assertEquals(Appointment.Status.REBOOKED, old.status());
        assertEquals(again.id(), old.rebookedTo());
        assertRefused(409, "ticketing.appointment.notMissed", () -> appointments.rebook(missed.id(),
                HallDesk.slot(TODAY, 14, 0), HallDesk.visitor(4)));
    }

    @Test
    void theSweepMarksEveryOverdueAppointment() throws Exception {
        appointments.book(preexam, HallDesk.slot(TODAY, 9, 30), null, HallDesk.visitor(1));
        appointments.book(preexam, HallDesk.slot(TODAY, 10, 0), null, HallDesk.visitor(2));
        appointments.book(preexam, HallDesk.slot(TODAY, 16, 0), null, HallDesk.visitor(3));
        desk.clock.advance(Duration.ofHours(2));
        assertEquals(2, appointments.sweep());
        assertEquals(List.of("missed", "missed", "booked"), desk.column("SELECT STATUS FROM TICKETING.APPOINTMENT"
                + " ORDER BY ID"));
    }

    private int left(LocalDate day, Instant start) throws Exception {
        return appointments.slots(preexam, day).stream().filter(p -> p.slot().start().equals(start)).findFirst()
                .orElseThrow().left();
    }

    private List<String> actions() throws Exception {
        return desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'ticketing.%' ORDER BY SEQ");
    }

    static void assertRefused(int status, String key, org.junit.jupiter.api.function.Executable step) {
        Refusal refused = assertThrows(Refusal.class, step);
        assertEquals(key, refused.key(), refused.getMessage());
        assertEquals(status, refused.status());
    }
}
