package org.onestop.bench;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Benchmark baseline servlet: serves two fixed, pre-loaded bodies, i.e. the
 * least work a servlet can do to answer like the gateway does.
 * {@code /api/info/news} gets the JSON bytes, {@code /} the HTML bytes,
 * anything else 404.
 */
final class FixedBodyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final byte[] json;
    private final byte[] html;

    FixedBodyServlet(byte[] json, byte[] html) {
        this.json = json;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        switch (req.getRequestURI()) {
            case "/api/info/news" -> send(resp, "application/json", json);
            case "/" -> send(resp, "text/html;charset=utf-8", html);
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse resp, String contentType, byte[] body)
            throws IOException {
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
