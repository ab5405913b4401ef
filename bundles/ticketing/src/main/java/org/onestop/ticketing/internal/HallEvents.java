package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's events as they happen, for the display board and the visitors' ticket pages, on every gateway node:
 * whoever changed a number tells it here after the commit; the event is stored ({@code TICKETING.HALL_EVENT}, whose
 * running number is the event's {@link HallEvent#seq()} on every node), heard at once by this node's listeners, and
 * read by the other nodes sharing the database within {@link #POLL}. Every listener hears each event once, in order
 * of its number, but for an event another node committed after a later one (heard as it arrives). The last
 * {@value #KEPT} events are kept, so that a board that reconnects is given what it missed.
 */
@Component(service = HallEvents.class)
public final class HallEvents {

    private static final Logger LOG = LoggerFactory.getLogger(HallEvents.class);
    static final int KEPT = 200;
    /** How often the events of the other nodes are read. */
    static final Duration POLL = Duration.ofMillis(300);
    /**
     * How long a missing number below a heard one is waited for: another node's event still being committed. A
     * number that never comes (its insert was rolled back) is given up after it.
     */
    static final Duration GAP_PATIENCE = Duration.ofSeconds(5);
    private static final Duration STORED = Duration.ofDays(1);
    private static final String COLUMNS = "SEQ, KIND, HAPPENED_AT, TICKET_ID, TICKET_NUMBER, SERVICE_ID,"
            + " COUNTER_NUMBER";

    private final DataSource database;
    private final Clock clock;
    private final List<Consumer<HallEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<HallEvent> recent = new ArrayDeque<>();
    /** Every event up to it has been heard (or given up on); guarded by {@link #recent}. */
    private long floor;
    /** The events heard above the floor; guarded by {@link #recent}. */
    private final TreeSet<Long> heardAbove = new TreeSet<>();
    private Instant gapSince;
    private final List<ScheduledTask> tasks = new ArrayList<>();

    @Activate
    public HallEvents(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=TICKETING)") DataSource database,
            @Reference Scheduler scheduler) throws SQLException {
        this(database, Clock.systemUTC());
        tasks.add(scheduler.every("ticketing.hall-events", POLL, POLL, this::catchUp));
        tasks.add(scheduler.onOneNode("ticketing.hall-events-sweep", Duration.ofMinutes(1), Duration.ofHours(1),
                this::sweep));
    }

    /** Events of {@code database}: the last {@value #KEPT} stored ones are kept, the next ones heard. */
    HallEvents(DataSource database, Clock clock) throws SQLException {
        this.database = database;
        this.clock = clock;
        try (Connection c = database.getConnection();
                PreparedStatement last = c.prepareStatement("SELECT " + COLUMNS
                        + " FROM HALL_EVENT ORDER BY SEQ DESC FETCH FIRST " + KEPT + " ROWS ONLY");
                ResultSet rows = last.executeQuery()) {
            while (rows.next()) {
                recent.addFirst(event(rows));
            }
        }
        floor = recent.isEmpty() ? 0 : recent.getLast().seq();
    }

    @Deactivate
    void close() {
        tasks.forEach(ScheduledTask::close);
    }

    /**
     * Stores the event and tells every listener of this node; call it after the change is committed. An event that
     * cannot be stored is logged and not told (the change stays: the screens show it at their next refresh).
     */
    public void tell(HallEvent.Kind kind, Ticket ticket, Integer counterNumber) {
        Instant at = UtcColumns.storable(clock.instant());
        long seq;
        try {
            // a unit of work: tried again when Derby's identity generator was busy (several clerks at once)
            seq = new UnitOfWork(database).call(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO HALL_EVENT (KIND, HAPPENED_AT,"
                        + " TICKET_ID, TICKET_NUMBER, SERVICE_ID, COUNTER_NUMBER) VALUES (?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, kind.name());
                    UtcColumns.set(insert, 2, at);
                    insert.setLong(3, ticket.id());
                    insert.setString(4, ticket.number());
                    insert.setLong(5, ticket.serviceId());
                    if (counterNumber == null) {
                        insert.setNull(6, Types.INTEGER);
                    } else {
                        insert.setInt(6, counterNumber);
                    }
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        return key.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            LOG.warn("The hall's screens miss the event {} of {}: {}", kind.code(), ticket.number(), e.getMessage());
            return;
        }
        synchronized (recent) {
            hear(new HallEvent(seq, kind, at, ticket.id(), ticket.number(), ticket.serviceId(), counterNumber));
        }
    }

    /** Hears the events other nodes stored since the floor (runs every {@link #POLL}). */
    void catchUp() throws SQLException {
        long from;
        synchronized (recent) {
            from = floor;
        }
        List<HallEvent> stored = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement since = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM HALL_EVENT WHERE SEQ > ? ORDER BY SEQ")) {
            since.setLong(1, from);
            try (ResultSet rows = since.executeQuery()) {
                while (rows.next()) {
                    stored.add(event(rows));
                }
            }
        }
        synchronized (recent) {
            stored.forEach(this::hear);
            raiseFloor();
        }
    }

    /** Tells the listeners an event not heard before. Holds the lock of {@link #recent}. */
    private void hear(HallEvent event) {
        if (event.seq() <= floor || !heardAbove.add(event.seq())) {
            return;
        }
        recent.addLast(event);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
        for (Consumer<HallEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }

    /** Moves the floor over the events heard; over a gap once it has been waited for long enough. */
    private void raiseFloor() {
        while (!heardAbove.isEmpty()) {
            long lowest = heardAbove.first();
            if (lowest == floor + 1) {
                floor = heardAbove.pollFirst();
                gapSince = null;
                continue;
            }
            Instant now = clock.instant();
            if (gapSince == null) {
                gapSince = now;
            }
            if (Duration.between(gapSince, now).compareTo(GAP_PATIENCE) < 0) {
                return;
            }
            floor = lowest - 1; // the missing numbers never came: given up
            gapSince = null;
        }
    }

    /** Deletes the events older than a day. */
    void sweep() throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM HALL_EVENT WHERE HAPPENED_AT < ?")) {
            UtcColumns.set(delete, 1, clock.instant().minus(STORED));
            delete.executeUpdate();
        }
    }

    private static HallEvent event(ResultSet rows) throws SQLException {
        Integer counter = rows.getInt(7);
        if (rows.wasNull()) {
            counter = null;
        }
        return new HallEvent(rows.getLong(1), HallEvent.Kind.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)),
                UtcColumns.get(rows, 3), rows.getLong(4), rows.getString(5), rows.getLong(6), counter);
    }

    /** Listens from now on until the returned handle is closed; a listener that throws is dropped. */
    public AutoCloseable listen(Consumer<HallEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Listens from now on, after being given the kept events after {@code lastSeq} (all kept ones for 0), in one
     * step so that nothing falls between.
     */
    public AutoCloseable listenAfter(long lastSeq, Consumer<HallEvent> listener) {
        synchronized (recent) {
            for (HallEvent event : recent) {
                if (event.seq() > lastSeq) {
                    listener.accept(event);
                }
            }
            return listen(listener);
        }
    }

    /** The kept events, in the order they were heard. */
    public List<HallEvent> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    /** When the last event happened, or null. */
    public Instant lastAt() {
        synchronized (recent) {
            return recent.isEmpty() ? null : recent.getLast().at();
        }
    }
}
