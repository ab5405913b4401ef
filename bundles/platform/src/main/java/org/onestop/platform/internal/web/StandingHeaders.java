package org.onestop.platform.internal.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every answer carries whoever writes it, set on the server's response before the request
 * goes on: a Content-Security-Policy that allows only this site's own scripts, styles and images (no inline
 * script), no framing, no MIME sniffing, no referrer to other sites, the window kept from other sites' pages. Set
 * here once, not through the REST runtime's header map on every answer (a case-insensitive map, a twentieth of a
 * JSON read's time); a resource may still set one of its own. What depends on the visitor is
 * {@link SecurityHeaders}'.
 */
@Component(service = Filter.class, immediate = true, property = {
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
        "osgi.http.whiteboard.filter.name=onestop.standing.headers" })
public final class StandingHeaders implements Filter {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            on(http);
        }
        chain.doFilter(request, response);
    }

    /** The headers, by name. */
    static final Map<String, String> ALL = headers();

    /** Sets the headers on {@code response} (again, after a reset). */
    static void on(HttpServletResponse response) {
        ALL.forEach(response::setHeader);
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }
}
