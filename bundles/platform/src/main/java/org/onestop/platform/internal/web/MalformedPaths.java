package org.onestop.platform.internal.web;

import java.io.IOException;
import java.util.Map;

import org.eclipse.jetty.http.HttpURI;
import org.onestop.api.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.Preprocessor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request whose path is ambiguous or not text — an encoded {@code ..} or {@code /}, an escape that is no
 * UTF-8 such as {@code %C3%28}, a backslash, an empty segment — with 400 before anything else sees it (the first
 * servlet whiteboard preprocessor): a problem document for {@code /api}, a short page otherwise, in the request's
 * language. The HTTP server lets such paths through (URI compliance {@code UNSAFE}, a launcher setting) so that
 * they are answered here, where the body is read and dropped first (up to {@link UnreadBodies#DRAIN_LIMIT_MB} MB)
 * and the connection kept; its own refusal ended the connection without reading the body, and a client still
 * sending a large one met a reset instead of the answer. What counts as malformed is what the HTTP server's strict
 * mode refuses: any violation its URI parser finds. Paths it cannot parse at all ({@code %00}, a {@code ..} above
 * the root) it still refuses itself.
 */
@Component(service = Preprocessor.class, immediate = true, property = "service.ranking:Integer=100")
public final class MalformedPaths implements Preprocessor {

    private final Messages messages;

    @Activate
    public MalformedPaths(@Reference Messages messages) {
        this.messages = messages;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && malformed(http.getRequestURI())) {
            Map<String, String> headers = UnreadBodies.droppedRest(http) ? Map.of() : Map.of("Connection", "close");
            FrontDoorAnswer.write(messages, http, answer, 400, headers, "error.path");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a raw (still encoded) request path is one the HTTP server's strict mode refuses. */
    static boolean malformed(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return false;
        }
        try {
            return HttpURI.build(rawPath).hasViolations();
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }
}
