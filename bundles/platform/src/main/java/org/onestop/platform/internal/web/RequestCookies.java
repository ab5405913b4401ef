package org.onestop.platform.internal.web;

import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;

/**
 * The cookies a request came with, read from its {@code Cookie} headers once: the REST runtime reads them anew
 * every time it is asked, and a request asks for its session, its language and its reading mode.
 */
final class RequestCookies {

    private static final String PROPERTY = RequestCookies.class.getName();

    private RequestCookies() {
    }

    /** The value of cookie {@code name}, or null when the request has none. */
    static String value(ContainerRequestContext request, String name) {
        Cookie cookie = all(request).get(name);
        return cookie == null ? null : cookie.getValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Cookie> all(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof Map<?, ?> read) {
            return (Map<String, Cookie>) read;
        }
        Map<String, Cookie> read = request.getCookies();
        request.setProperty(PROPERTY, read);
        return read;
    }
}
