package org.onestop.platform.internal.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;

import jakarta.servlet.ServletRequest;

/**
 * The port the gateway listens on, as the HTTP service's Jetty server holds it (learnt from a request, since the
 * HTTP service does not offer its server): closed by {@link GatewayStop} once the requests in flight are answered,
 * before any bundle stops, so that clients find it closed instead of half-stopped routes.
 */
final class ListeningPort {

    private final Consumer<Server> learnt;
    private volatile Server server;

    /** {@code learnt} is told of each server learnt, from the request that made it known. */
    ListeningPort(Consumer<Server> learnt) {
        this.learnt = learnt;
    }

    /** Remembers the server that received {@code request} (the HTTP service makes a new one when reconfigured). */
    void learn(ServletRequest request) {
        try {
            ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
            Server current = jetty == null ? null : jetty.getConnectionMetaData().getConnector().getServer();
            if (current != null && current != server) {
                server = current;
                learnt.accept(current);
            }
        } catch (RuntimeException notJetty) {
            // served by another container: the port is then closed by the container's own stop
        }
    }

    /**
     * Stops listening: the port is closed at once, connections with an answer still being written are given
     * {@code patience} to finish, then every connection is closed.
     */
    void close(Duration patience) throws Exception {
        Server now = server;
        if (now == null) {
            return;
        }
        Connector[] connectors = now.getConnectors();
        CompletableFuture<?>[] closing = new CompletableFuture<?>[connectors.length];
        for (int i = 0; i < connectors.length; i++) {
            closing[i] = connectors[i].shutdown();
        }
        try {
            CompletableFuture.allOf(closing).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // connections still open after the patience: closed below
        }
        for (Connector connector : connectors) {
            connector.stop();
        }
    }
}
