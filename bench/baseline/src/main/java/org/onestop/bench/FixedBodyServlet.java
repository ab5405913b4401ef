package org.onestop.bench;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Benchmark baseline servlet: serves fixed, pre-loaded bodies, i.e. the least work a servlet can do to answer like
 * the gateway does. The path with its query picks the body; anything else is 404.
 */
final class FixedBodyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** One answer: its content type and bytes. */
    record Body(String contentType, byte[] bytes) {
    }

    private final Map<String, Body> bodies;

    FixedBodyServlet(Map<String, Body> bodies) {
        this.bodies = Map.copyOf(bodies);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String query = req.getQueryString();
        Body body = bodies.get(query == null ? req.getRequestURI() : req.getRequestURI() + "?" + query);
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(body.contentType());
        resp.setContentLength(body.bytes().length);
        resp.getOutputStream().write(body.bytes());
    }
}
