package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HallBookingLinksTest {

    @TempDir
    Path folder;
    HallDesk desk;
    HallBookingLinks links;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
        links = new HallBookingLinks(desk.hall);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void anActiveServiceGivesItsBookingPageWithTheReference() {
        assertEquals(Optional.of("/ticketing/appointments/new?service=preexam&ref=YS-2026-000123"),
                links.bookingLink("preexam", " YS-2026-000123 "));
        assertEquals(Optional.of("/ticketing/appointments/new?service=assistance"), links.bookingLink("assistance",
                null));
        assertEquals(Optional.of("/ticketing/appointments/new?service=enquiry&ref=a%26b%20c"),
                links.bookingLink("enquiry", "a&b c"));
    }

    @Test
    void anUnknownOrInactiveServiceOrAnOverlongReferenceGivesNoLink() throws Exception {
        assertEquals(Optional.empty(), links.bookingLink("nosuch", "x"));
        assertEquals(Optional.empty(), links.bookingLink("preexam", "x".repeat(101)));
        desk.db.execute("UPDATE TICKETING.SERVICE SET ACTIVE = 0 WHERE CODE = 'pledge'");
        assertEquals(Optional.empty(), links.bookingLink("pledge", null));
    }
}
