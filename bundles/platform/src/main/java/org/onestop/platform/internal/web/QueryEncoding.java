package org.onestop.platform.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Keeps a query that is not UTF-8 (an escape such as {@code %FF%FE}) from failing a request with the HTTP server's
 * 500: for such a request the servlet parameters (which the server decodes strictly, and Jersey asks for when a
 * form arrives without a body) are read as none, so the request goes on to its route, which reads the query
 * leniently and refuses what it lacks as usual. Every other request passes untouched.
 */
@Component(service = Filter.class, immediate = true, property = {
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
        "osgi.http.whiteboard.filter.name=onestop.query.encoding" })
public final class QueryEncoding implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && !isUtf8(http.getQueryString())) {
            request = new WithoutParameters(http);
        }
        chain.doFilter(request, response);
    }

    /** Whether a query's escapes make UTF-8 text (a query without any, or none at all, does). */
    static boolean isUtf8(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%' && i + 2 < query.length()
                    && Character.digit(query.charAt(i + 1), 16) >= 0 && Character.digit(query.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(query.charAt(i + 1), 16) * 16 + Character.digit(query.charAt(i + 2), 16));
                i += 2;
            } else if (c == '%') {
                return false;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A request whose servlet parameters are none. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {
        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
