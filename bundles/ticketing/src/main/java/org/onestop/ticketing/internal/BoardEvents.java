package org.onestop.ticketing.internal;

import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The hall's events as server-sent events, for the display board and any page that wants to be live:
 * {@code GET /api/ticketing/board/events}, public. Each {@link HallEvent} is an event named by its kind
 * ({@code taken}, {@code called}, {@code recalled}, {@code changed}) with its {@link BoardEvent} as JSON data and its
 * sequence number as id. A client that reconnects with {@code Last-Event-ID} is first given the kept events it missed
 * (all kept ones when its id is beyond the newest: the gateway restarted, and the client re-reads the snapshot when
 * it sees a lower id); a page that read the snapshot first opens the stream with {@code ?after=<its seq>}, which
 * the header overrides on the browser's own reconnects. Every client is written by one thread, in order, so a slow screen never holds up a clerk's
 * call; a comment every {@value #HEARTBEAT_SECONDS} s finds the clients that left, and every stream is closed when
 * the bundle stops.
 */
@Component(service = BoardEvents.class, immediate = true)
@ModuleResource
@Path("api/ticketing/board/events")
@Access(Audience.ANYONE)
public final class BoardEvents {

    static final long HEARTBEAT_SECONDS = 15;
    /** How long a browser waits before it reconnects (the stream's {@code retry:}). */
    static final long RETRY_MILLIS = 3000;

    private static final Logger LOG = LoggerFactory.getLogger(BoardEvents.class);

    private final HallEvents events;
    private final ScheduledExecutorService writer;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();

    @Activate
    public BoardEvents(@Reference HallEvents events) {
        this.events = events;
        this.writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ticketing-board-events");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Access(Audience.ANYONE)
    public void listen(@HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("after") String after,
            @Context SseEventSink sink, @Context Sse sse) {
        Client client = new Client(sink, sse);
        clients.add(client);
        writer.execute(() -> client.write(sse.newEventBuilder().comment("hall").reconnectDelay(RETRY_MILLIS)
                .build()));
        long last = after(lastEventId != null ? lastEventId : after, HallBoard.lastSeq(events));
        client.listening(events.listenAfter(last, event -> writer.execute(() -> client.send(event))));
    }

    /** The events to replay after {@code lastEventId}: none read or one beyond {@code newest} (a restart) is 0. */
    static long after(String lastEventId, long newest) {
        long last;
        try {
            last = lastEventId == null ? 0 : Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
        return last < 0 || last > newest ? 0 : last;
    }

    /** How many clients listen now. */
    int clients() {
        return clients.size();
    }

    /** A comment to every client; one that fails is closed, and the next beat still comes. */
    private void heartbeat() {
        for (Client client : clients) {
            try {
                client.write(client.sse.newEventBuilder().comment("").build());
            } catch (RuntimeException e) {
                client.close();
            }
        }
    }

    @Deactivate
    void stop() {
        writer.shutdownNow();
        for (Client client : clients) {
            client.close();
        }
    }

    /** One open stream. */
    private final class Client {
        private final SseEventSink sink;
        private final Sse sse;
        private AutoCloseable listening;
        private boolean closed;

        Client(SseEventSink sink, Sse sse) {
            this.sink = sink;
            this.sse = sse;
        }

        synchronized void listening(AutoCloseable handle) {
            if (closed) {
                stopListening(handle);
            } else {
                listening = handle;
            }
        }

        void send(HallEvent event) {
            write(sse.newEventBuilder().name(event.kind().code()).id(Long.toString(event.seq()))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(BoardEvent.class, BoardEvent.of(event))
                    .reconnectDelay(RETRY_MILLIS).build());
        }

        void write(OutboundSseEvent event) {
            if (sink.isClosed()) {
                close();
                return;
            }
            try {
                CompletionStage<?> sent = sink.send(event);
                if (sent.toCompletableFuture().isCompletedExceptionally()) {
                    close();
                }
            } catch (RuntimeException e) {
                close();
            }
        }

        void close() {
            AutoCloseable handle;
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                handle = listening;
            }
            clients.remove(this);
            stopListening(handle);
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.debug("ticketing: a board's stream could not be closed: {}", e.getMessage());
            }
        }

        private void stopListening(AutoCloseable handle) {
            if (handle == null) {
                return;
            }
            try {
                handle.close();
            } catch (Exception e) {
                LOG.debug("ticketing: a board's listener could not be removed: {}", e.getMessage());
            }
        }
    }
}
