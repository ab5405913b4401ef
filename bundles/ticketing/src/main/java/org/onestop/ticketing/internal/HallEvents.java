package org.onestop.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The hall's events as they happen, for the display board and the visitors' ticket pages: whoever changed a number
 * tells it here after the commit; every listener hears each event once, in order of {@link HallEvent#seq()}. The
 * last {@value #KEPT} events are kept, so that a board that reconnects is given what it missed.
 */
@Component(service = HallEvents.class)
public final class HallEvents {

    static final int KEPT = 200;

    private final Clock clock;
    private final List<Consumer<HallEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<HallEvent> recent = new ArrayDeque<>();
    private long seq;

    @Activate
    public HallEvents() {
        this(Clock.systemUTC());
    }

    HallEvents(Clock clock) {
        this.clock = clock;
    }

    /** Tells every listener; call it after the change is committed. */
    public void tell(HallEvent.Kind kind, Ticket ticket, Integer counterNumber) {
        HallEvent event;
        synchronized (recent) {
            event = new HallEvent(++seq, kind, clock.instant(), ticket.id(), ticket.number(), ticket.serviceId(),
                    counterNumber);
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

    /** The kept events, oldest first. */
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
