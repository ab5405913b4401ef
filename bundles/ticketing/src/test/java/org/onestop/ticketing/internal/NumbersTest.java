package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Refusal;

class NumbersTest {

    @TempDir
    Path folder;
    HallDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void eachServiceCountsItsOwnNumbersFromOneEachDay() throws Exception {
        assertEquals("A001", desk.walkIn("preexam").number());
        assertEquals("A002", desk.walkIn("preexam").number());
        assertEquals("B001", desk.walkIn("assistance").number());
        Ticket tomorrow = desk.hall.work().call(tx -> desk.numbers.take(tx, new Numbers.Taking(
                desk.service("preexam").id(), HallDesk.TODAY.plusDays(1), Ticket.Channel.ONLINE, 3L, null, 0,
                desk.clock.instant()), desk.clock.instant()));
        assertEquals("A001", tomorrow.number());
        assertEquals(List.of("A001", "A002", "B001"), desk.column("SELECT NUMBER FROM TICKETING.TICKET"
                + " WHERE DAY = {d '2026-12-01'} ORDER BY ID"));
        assertEquals(List.of("taken"), desk.history(tomorrow.id()));
        assertEquals(Ticket.Status.WAITING, tomorrow.status());
        assertNotEquals(desk.walkIn("preexam").accessKey(), tomorrow.accessKey());
    }

    @Test
    void visitorsTakingNumbersAtOnceGetDifferentOnes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> taken = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                taken.add(pool.submit(() -> desk.walkIn("enquiry").number()));
            }
            Set<String> numbers = new TreeSet<>();
            for (Future<String> number : taken) {
                numbers.add(number.get());
            }
            assertEquals(80, numbers.size());
            assertEquals("F001", ((TreeSet<String>) numbers).first());
            assertEquals("F080", ((TreeSet<String>) numbers).last());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theThousandthNumberOfADayIsRefused() throws Exception {
        desk.db.execute("INSERT INTO TICKETING.DAY_NUMBER (SERVICE_ID, DAY, LAST_SEQ) VALUES ("
                + desk.service("pledge").id() + ", {d '2026-12-01'}, 998)");
        assertEquals("E999", desk.walkIn("pledge").number());
        Refusal refused = assertThrows(Refusal.class, () -> desk.walkIn("pledge"));
        assertEquals(409, refused.status());
        assertEquals(1, desk.column("SELECT ID FROM TICKETING.TICKET").size());
    }
}
