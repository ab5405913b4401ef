package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.Label;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the display board's {@link BoardSnapshot} of today from the hall's tables. The sequence number of the last
 * event is taken before the tables are read, so that a board applying the events after it misses none (an event it
 * applies twice changes nothing).
 */
@Component(service = HallBoard.class)
public final class HallBoard {

    /** The last calls a board lists. */
    static final int RECENT_CALLS = 8;

    private static final String CALLING = "SELECT T.ID, T.NUMBER, C.NUMBER, T.SERVICE_ID, T.STATUS, T.CALLED_AT"
            + " FROM TICKETING.TICKET T JOIN TICKETING.COUNTER C ON C.ID = T.COUNTER_ID"
            + " WHERE T.DAY = ? AND T.STATUS IN ('called', 'serving') ORDER BY T.CALLED_AT DESC, T.ID DESC";
    private static final String RECENT = "SELECT E.TICKET_ID, T.NUMBER, C.NUMBER, E.SERVICE_ID, E.KIND,"
            + " E.HAPPENED_AT FROM TICKETING.TICKET_EVENT E JOIN TICKETING.TICKET T ON T.ID = E.TICKET_ID"
            + " JOIN TICKETING.COUNTER C ON C.ID = E.COUNTER_ID"
            + " WHERE T.DAY = ? AND E.KIND IN ('called', 'recalled') ORDER BY E.ID DESC FETCH FIRST "
            + RECENT_CALLS + " ROWS ONLY";
    private static final String WAITING = "SELECT SERVICE_ID, COUNT(*) FROM TICKETING.TICKET"
            + " WHERE DAY = ? AND STATUS = 'waiting' GROUP BY SERVICE_ID";

    private final Hall hall;
    private final HallHours hours;
    private final HallEvents events;

    @Activate
    public HallBoard(@Reference Hall hall, @Reference HallHours hours, @Reference HallEvents events) {
        this.hall = hall;
        this.hours = hours;
        this.events = events;
    }

    /** The board as it is now. */
    BoardSnapshot snapshot() throws SQLException {
        long seq = lastSeq(events);
        Instant now = hours.now();
        LocalDate day = hours.today();
        return hall.work().call(tx -> {
            Map<Long, Label> names = new HashMap<>();
            List<BoardSnapshot.Waiting> waiting = new ArrayList<>();
            Map<Long, Integer> counts = counts(tx, day);
            for (HallService service : hall.services(tx)) {
                names.put(service.id(), Label.of(service.nameZh(), service.nameEn()));
                if (service.active()) {
                    waiting.add(new BoardSnapshot.Waiting(service.id(), service.prefix(), names.get(service.id()),
                            counts.getOrDefault(service.id(), 0)));
                }
            }
            return new BoardSnapshot(seq, now, day.toString(), calls(tx, CALLING, day, names),
                    calls(tx, RECENT, day, names), waiting, hours.config().call_words());
        });
    }

    /** The highest sequence number of the events told, 0 when none was. */
    static long lastSeq(HallEvents events) {
        return events.recent().stream().mapToLong(HallEvent::seq).max().orElse(0);
    }

    private static List<BoardSnapshot.Call> calls(Connection tx, String sql, LocalDate day, Map<Long, Label> names)
            throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(sql)) {
            select.setDate(1, Date.valueOf(day));
            try (ResultSet row = select.executeQuery()) {
                List<BoardSnapshot.Call> calls = new ArrayList<>();
                while (row.next()) {
                    long service = row.getLong(4);
                    calls.add(new BoardSnapshot.Call(row.getLong(1), row.getString(2), row.getInt(3), service,
                            names.get(service), row.getString(5), UtcColumns.get(row, 6)));
                }
                return calls;
            }
        }
    }

    private static Map<Long, Integer> counts(Connection tx, LocalDate day) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(WAITING)) {
            select.setDate(1, Date.valueOf(day));
            try (ResultSet row = select.executeQuery()) {
                Map<Long, Integer> counts = new HashMap<>();
                while (row.next()) {
                    counts.put(row.getLong(1), row.getInt(2));
                }
                return counts;
            }
        }
    }
}
