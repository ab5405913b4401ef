package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimatesTest {

    @TempDir
    Path folder;
    HallDesk desk;
    Estimates estimates;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
        estimates = new Estimates(desk.hall);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theWaitIsTheNumbersAheadTimesTheTypicalMinutesSharedByTheOpenCountersRoundedUp() {
        assertEquals(0, Estimates.minutes(0, 15, 2));
        assertEquals(45, Estimates.minutes(3, 15, 1));
        assertEquals(23, Estimates.minutes(3, 15, 2), "22.5 minutes rounded up");
        assertEquals(45, Estimates.minutes(3, 15, 0), "no counter open counts as one");
    }

    @Test
    void aNumberStandsBehindThoseAheadInTheQueuesOrder() throws Exception {
        Ticket first = desk.walkIn("preexam");
        desk.clock.advance(Duration.ofMinutes(1));
        Ticket second = desk.walkIn("preexam");
        desk.clock.advance(Duration.ofMinutes(1));
        Ticket third = desk.walkIn("preexam");
        desk.walkIn("enquiry");
        Estimates.Place place = desk.hall.work().call(tx -> estimates.place(tx, third));
        assertEquals(2, place.ahead());
        assertEquals(3, place.position());
        assertEquals(30, place.estimatedMinutes(), "two ahead of 15 minutes, no counter open");

        desk.open(1, HallDesk.FIRST_CLERK);
        desk.open(3, HallDesk.FIRST_CLERK + 1);
        assertEquals(30, desk.hall.work().call(tx -> estimates.place(tx, third)).estimatedMinutes(),
                "counter 3 does not serve pre-examination");
        desk.open(2, HallDesk.FIRST_CLERK + 2);
        desk.db.execute("INSERT INTO TICKETING.COUNTER_SERVICE (COUNTER_ID, SERVICE_ID) VALUES ("
                + desk.counter(2).id() + ", " + desk.service("preexam").id() + ")");
        assertEquals(15, desk.hall.work().call(tx -> estimates.place(tx, third)).estimatedMinutes());

        desk.db.execute("UPDATE TICKETING.TICKET SET PRIORITY = 1 WHERE ID = " + third.id());
        assertEquals(1, desk.hall.work().call(tx -> estimates.place(tx, third)).position(),
                "an appointment checked in goes ahead");
        assertEquals(2, desk.hall.work().call(tx -> estimates.place(tx, first)).position());
        desk.db.execute("UPDATE TICKETING.TICKET SET STATUS = 'called' WHERE ID = " + first.id());
        assertNull(desk.hall.work().call(tx -> estimates.place(tx, desk.hall.ticket(tx, first.id())
                .orElseThrow())), "a called number has no place");
        assertEquals(2, desk.hall.work().call(tx -> estimates.place(tx, second)).position());
        assertEquals(java.util.Map.of(desk.service("preexam").id(), 2, desk.service("enquiry").id(), 1),
                desk.hall.work().call(tx -> estimates.waiting(tx, HallDesk.TODAY)));
    }
}
