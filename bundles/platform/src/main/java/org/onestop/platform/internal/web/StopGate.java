package org.onestop.platform.internal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.onestop.api.i18n.Messages;
import org.onestop.platform.internal.module.HallStart;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.Preprocessor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The gateway's front door, in front of every servlet (a servlet whiteboard preprocessor, so before any context,
 * route or filter): while the gateway runs it counts the requests in flight and lets them through; once the gateway
 * stops ({@link GatewayStop}) every new request is answered 503 with {@code Retry-After} — a problem document for
 * {@code /api} and {@code /health}, a short page otherwise — so that none reaches a module, the REST runtime or the
 * database while they stop. It also learns, from the first request, the HTTP server: the listening port it is to
 * close ({@link ListeningPort}), and where its answer to a request it cannot parse goes ({@link UnparsedRequests}); and
 * it keeps each request it lets through for the REST filters ({@link ServletRequests}). Until the hall has started
 * ({@link HallStart}) a request that no route serves yet (the REST application is being built) is answered 503
 * "starting" with {@code Retry-After} instead of "not found".
 */
@Component(service = {Preprocessor.class, StopGate.class}, immediate = true)
public final class StopGate implements Preprocessor {

    /** Seconds a client is told to wait: about what a restart takes. */
    static final int RETRY_AFTER = 5;
    /** Seconds a client is told to wait while the hall starts. */
    static final int STARTING_RETRY = 1;
    /** The longest requests are told the hall is starting while its start is not even there. */
    static final Duration STARTING_PATIENCE = Duration.ofSeconds(60);
    private static final Duration LOOK = Duration.ofMillis(5);

    private final Messages messages;
    private final ListeningPort port;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;
    private final long since = System.nanoTime();
    /** The hall's start, once the REST runtime is there; until it says the hall has started, it is starting. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HallStart hall;

    @Activate
    public StopGate(@Reference Messages messages) {
        this.messages = messages;
        this.port = new ListeningPort(server -> UnparsedRequests.install(server, messages));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!closed) {
            inFlight.incrementAndGet();
            try {
                // counted before the gate is looked at again: a stop either waits for this request or it is refused
                if (!closed) {
                    port.learn(request);
                    ServletRequests.keep(request);
                    chain.doFilter(request, starting() ? new WhileStarting((HttpServletRequest) request,
                            (HttpServletResponse) response) : response);
                    return;
                }
            } finally {
                inFlight.decrementAndGet();
            }
        }
        refuse((HttpServletRequest) request, (HttpServletResponse) response);
    }

    /**
     * Whether the hall is starting: no request is "not found" then. Without the hall's start (the REST runtime not
     * there yet) it is starting for at most {@link #STARTING_PATIENCE} after the gate came.
     */
    boolean starting() {
        HallStart start = hall;
        return start == null ? System.nanoTime() - since < STARTING_PATIENCE.toNanos() : !start.started();
    }

    /** From now on every new request is answered "the gateway is stopping". */
    void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }

    /** Waits until the requests let through before {@link #close} have their answers, at most {@code patience}. */
    boolean drain(Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(LOOK.toMillis());
        }
        return true;
    }

    int inFlight() {
        return inFlight.get();
    }

    ListeningPort port() {
        return port;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FrontDoorAnswer.write(messages, request, response, 503,
                Map.of("Retry-After", String.valueOf(RETRY_AFTER), "Connection", "close"), "error.stopping",
                RETRY_AFTER);
    }

    /**
     * An answer while the hall starts: the HTTP server's "not found" (no servlet for the path yet) becomes 503, and
     * so does the REST runtime's bare "request failed" (500 by {@code sendError}: an application built before all of
     * the platform's providers joined it cannot write even its own error answer). An error the application answers
     * with a body of its own is written, not sent, and stays as it is.
     */
    private final class WhileStarting extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        WhileStarting(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if ((status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR)
                    && starting() && !isCommitted()) {
                FrontDoorAnswer.write(messages, request, (HttpServletResponse) getResponse(), 503,
                        Map.of("Retry-After", String.valueOf(STARTING_RETRY)), "error.starting");
            } else if (message == null) {
                super.sendError(status);
            } else {
                super.sendError(status, message);
            }
        }
    }
}
