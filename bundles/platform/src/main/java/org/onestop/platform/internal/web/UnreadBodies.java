package org.onestop.platform.internal.web;

import java.io.IOException;
import java.io.InputStream;

import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Keeps the connection usable after an answer that did not read the request's body (a refusal before the resource
 * ran, a route that does not exist, a body refused half-way): the rest of the body is read and dropped, up to
 * {@value #DRAIN_LIMIT_MB} MB, so that the next request on the same connection is read from its start; a longer
 * rest, or a request whose client waits for {@code 100-continue} before it sends its body, ends the connection
 * after this answer, said by {@code Connection: close}. Without this the server dropped such connections without
 * a word.
 */
@Component(service = ContainerResponseFilter.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class UnreadBodies implements ContainerResponseFilter {

    /** The most of an unread body that is read and dropped to keep the connection. */
    static final int DRAIN_LIMIT_MB = 32;
    private static final long DRAIN_LIMIT = DRAIN_LIMIT_MB * 1024L * 1024L;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        HttpServletRequest servlet = ServletRequests.of(request);
        if (servlet != null && !droppedRest(servlet)) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }

    /**
     * Reads and drops what is left of {@code servlet}'s body, up to the limit; false when the connection is to end
     * after this answer: more than the limit left, a client that waits for {@code 100-continue} before it sends its
     * body (which reading it now would ask for), or a body that cannot be read.
     */
    static boolean droppedRest(HttpServletRequest servlet) {
        boolean chunked = "chunked".equalsIgnoreCase(String.valueOf(servlet.getHeader("Transfer-Encoding")).trim());
        if (servlet.getContentLengthLong() <= 0 && !chunked) {
            return true;
        }
        if ("100-continue".equalsIgnoreCase(String.valueOf(servlet.getHeader("Expect")))) {
            return false;
        }
        ServletInputStream body;
        try {
            body = servlet.getInputStream();
        } catch (IllegalStateException | IOException readAsText) {
            return true; // read through its reader: read by the resource
        }
        return body.isFinished() || (servlet.getContentLengthLong() <= DRAIN_LIMIT && drained(body));
    }

    /** Reads and drops the rest of {@code body}; false when more than the limit is left or it cannot be read. */
    static boolean drained(InputStream body) {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > DRAIN_LIMIT) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
