package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hall's events as two gateway nodes on one database hear them. */
class HallEventsTest {

    @TempDir
    Path folder;

    private static Ticket ticket(long id, String number) {
        Instant taken = Instant.parse("2026-12-04T01:00:00Z");
        return new Ticket(id, LocalDate.of(2026, 12, 4), 1, 1, number, Ticket.Channel.KIOSK, null, "key-" + id, null,
                0, Ticket.Status.WAITING, taken, taken, null, null, 0, null, null, null, null, null);
    }

    @Test
    void anEventToldOnOneNodeIsHeardOnTheOtherWithTheSameNumberAndOnce() throws Exception {
        HallDesk desk = new HallDesk(folder);
        HallEvents otherNode = new HallEvents(desk.db.dataSource(), desk.clock);
        List<HallEvent> heardThere = new ArrayList<>();
        otherNode.listen(heardThere::add);

        desk.events.tell(HallEvent.Kind.TAKEN, ticket(1, "A001"), null);
        desk.events.tell(HallEvent.Kind.CALLED, ticket(1, "A001"), 3);
        otherNode.catchUp();
        otherNode.catchUp();

        assertEquals(desk.events.recent(), heardThere, "the same events, numbers and order, each once");
        assertEquals(List.of("taken", "called"), heardThere.stream().map(e -> e.kind().code()).toList());
        assertEquals(3, heardThere.get(1).counterNumber());

        otherNode.tell(HallEvent.Kind.CHANGED, ticket(1, "A001"), null);
        desk.events.catchUp();
        assertEquals(otherNode.recent(), desk.events.recent(), "and back: both nodes heard the same three");
        assertEquals(otherNode.recent().get(2).seq(), HallBoard.lastSeq(desk.events));
    }

    @Test
    void aNodeStartingLaterIsGivenTheKeptEventsForItsBoards() throws Exception {
        HallDesk desk = new HallDesk(folder);
        desk.events.tell(HallEvent.Kind.TAKEN, ticket(1, "A001"), null);
        desk.events.tell(HallEvent.Kind.TAKEN, ticket(2, "A002"), null);

        HallEvents later = new HallEvents(desk.db.dataSource(), desk.clock);
        List<HallEvent> replayed = new ArrayList<>();
        later.listenAfter(0, replayed::add);

        assertEquals(desk.events.recent(), replayed);
        later.catchUp();
        assertEquals(2, later.recent().size(), "nothing heard twice");
    }
}
