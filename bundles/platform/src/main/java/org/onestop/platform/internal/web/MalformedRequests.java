package org.onestop.platform.internal.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

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
 * Refuses, before anything else sees them (the first servlet whiteboard preprocessor), requests that no route could
 * read: a path that is ambiguous or not text — an encoded {@code ..} or {@code /}, an escape that is no UTF-8 such as
 * {@code %C3%28}, a backslash — with 400, and a {@code Content-Type} that is no media type ({@code garbage}) with 415;
 * a problem document for {@code /api}, a short page otherwise, in the request's language. The body is read and
 * dropped first (up to {@link UnreadBodies#DRAIN_LIMIT_MB} MB) and the connection kept.
 * <p>
 * The HTTP server lets such paths through (URI compliance {@code UNSAFE}, a launcher setting) so that they are
 * answered here: its own refusal ended the connection without reading the body, so a client still sending a large
 * one met a reset instead of the answer. What counts as malformed is what its strict mode refuses: any violation its
 * URI parser finds. Paths it cannot parse at all ({@code %00}, a {@code ..} above the root) it still refuses itself.
 * The REST runtime answered a {@code Content-Type} it cannot read with an empty 400, or a page of the HTTP server.
 */
@Component(service = Preprocessor.class, immediate = true, property = "service.ranking:Integer=100")
public final class MalformedRequests implements Preprocessor {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    /** As the REST runtime reads it: {@code type/subtype}, then parameters whose values are tokens or quoted. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN
            + "\\s*(;\\s*(" + TOKEN + "\\s*=\\s*(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\")\\s*)?)*");

    private final Messages messages;

    @Activate
    public MalformedRequests(@Reference Messages messages) {
        this.messages = messages;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            if (malformed(http.getRequestURI())) {
                refuse(http, answer, 400, "error.path");
                return;
            }
            if (!mediaType(http.getHeader("Content-Type"))) {
                refuse(http, answer, 415, "error.415.detail");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detailKey)
            throws IOException {
        Map<String, String> headers = UnreadBodies.droppedRest(request) ? Map.of() : Map.of("Connection", "close");
        FrontDoorAnswer.write(messages, request, response, status, headers, detailKey);
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

    /** Whether a {@code Content-Type} value is a media type ({@code type/subtype} and parameters), or absent. */
    static boolean mediaType(String value) {
        return value == null || value.isBlank() || MEDIA_TYPE.matcher(value).matches();
    }
}
