package org.onestop.platform.internal.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The HTTP server's request behind a REST request, for the platform's filters that need what only it knows (the
 * peer's address, the unread rest of a body). The front door ({@link StopGate}) keeps it among the request's
 * attributes, which the REST runtime shows as the request's properties: a filter reads it with one look-up instead of
 * through the proxy that {@code @Context HttpServletRequest} injects (a scope look-up on every call of every method).
 */
final class ServletRequests {

    private static final String ATTRIBUTE = ServletRequests.class.getName();

    private ServletRequests() {
    }

    /** Keeps {@code request} for {@link #of}. */
    static void keep(ServletRequest request) {
        if (request instanceof HttpServletRequest http) {
            http.setAttribute(ATTRIBUTE, http);
        }
    }

    /** The server's request behind {@code request}, or null when it did not come through the front door. */
    static HttpServletRequest of(ContainerRequestContext request) {
        return request.getProperty(ATTRIBUTE) instanceof HttpServletRequest http ? http : null;
    }
}
