package org.onestop.preexam.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.testing.TestDatabase;
import org.onestop.ticketing.internal.Hall;
import org.onestop.ticketing.internal.HallBookingLinks;

/** The applicant's "到大厅办理" link: there with the hall's queue (its real provider and tables), absent without. */
class HallVisitsTest {

    @TempDir
    Path folder;

    @Test
    void withTheHallsQueueTheRequestLinksToTheConsultationsBookingPageWithItsNumber() throws Exception {
        try (TestDatabase db = TestDatabase.of(folder, "PREEXAM").withSchemaOf("TICKETING", Hall.class)) {
            HallVisits visits = new HallVisits(new HallBookingLinks(new Hall(db.dataSource("TICKETING"))));
            assertEquals(Optional.of("/ticketing/appointments/new?service=preexam&ref=YS-2026-000123"),
                    visits.link("YS-2026-000123"));
            db.execute("UPDATE TICKETING.SERVICE SET ACTIVE = 0 WHERE CODE = 'preexam'");
            assertEquals(Optional.empty(), visits.link("YS-2026-000123"), "the hall takes no such visits now");
        }
    }

    @Test
    void withoutTheHallsQueueThereIsNoLink() {
        assertEquals(Optional.empty(), new HallVisits().link("YS-2026-000123"));
    }
}
