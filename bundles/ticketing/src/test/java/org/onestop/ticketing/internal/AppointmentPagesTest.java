package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.view.View;
import org.onestop.testing.ModuleTexts;

import jakarta.ws.rs.core.Response;

/** The booking form's steps as the visitor sends them: where each leads, and a refusal shown in place in words. */
class AppointmentPagesTest {

    @TempDir
    Path folder;
    HallDesk desk;
    AppointmentBookingPages pages;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
        pages = new AppointmentBookingPages(desk.hall, desk.hours, desk.appointments(), new AppointmentViews(
                desk.hall, desk.hours, desk.appointmentCheckIn(), ModuleTexts.strict()), ModuleTexts.strict());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void bookingAndChangingLeadToTheAppointmentsPageSayingWhatWasDone() throws Exception {
        Response booked = pages.book("preexam", "2026-12-01", "2026-12-01T10:00", "YS-2026-000001", null, null,
                HallDesk.visitor(1), Language.ZH_CN);
        assertEquals(303, booked.getStatus());
        long id = Long.parseLong(desk.column("SELECT ID FROM TICKETING.APPOINTMENT").get(0));
        assertEquals("/ticketing/appointments/" + id + "?done=booked", booked.getLocation().toString());
        Response changed = pages.book(null, "2026-12-01", HallDesk.slot(HallDesk.TODAY, 11, 0).toString(), null,
                String.valueOf(id), null, HallDesk.visitor(1), Language.ZH_CN);
        assertEquals("/ticketing/appointments/" + id + "?done=changed", changed.getLocation().toString());
        assertEquals(List.of("YS-2026-000001"), desk.column("SELECT REFERENCE FROM TICKETING.APPOINTMENT"));
    }

    @Test
    void aRefusedSlotShowsTheFormAgainWithTheReasonInTheReadersWords() throws Exception {
        pages.book("preexam", "2026-12-01", "2026-12-01T10:00", null, null, null, HallDesk.visitor(1), Language.EN);
        pages.book("preexam", "2026-12-01", "2026-12-01T10:00", null, null, null, HallDesk.visitor(2), Language.EN);
        Response full = pages.book("preexam", "2026-12-01", "2026-12-01T10:00", "YS-1", null, null,
                HallDesk.visitor(3), Language.ZH_CN);
        assertEquals(409, full.getStatus());
        View form = (View) full.getEntity();
        assertEquals("ticketing/appointment-new", form.template());
        assertEquals("2026-12-01 10:00 的时段已约满，请选择其他时段。", form.model().get("problem"));
        assertEquals("preexam", form.model().get("service"));
        assertEquals("YS-1", form.model().get("ref"), "the reference is kept for the next try");
        Response unread = pages.book("preexam", "2026-12-01", "ten o'clock", null, null, null, HallDesk.visitor(3),
                Language.EN);
        assertEquals(400, unread.getStatus());
        assertTrue(((View) unread.getEntity()).model().get("problem").toString().startsWith("The slot's time"));
    }
}
