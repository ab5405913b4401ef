package org.onestop.platform.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.Preprocessor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The gateway's front door, in front of every servlet (a servlet whiteboard preprocessor, so before any context,
 * route or filter): while the gateway runs it counts the requests in flight and lets them through; once the gateway
 * stops ({@link GatewayStop}) every new request is answered 503 with {@code Retry-After} — a problem document for
 * {@code /api} and {@code /health}, a short page otherwise — so that none reaches a module, the REST runtime or the
 * database while they stop. It also learns, from the first request, the listening port it is to close
 * ({@link ListeningPort}).
 */
@Component(service = {Preprocessor.class, StopGate.class}, immediate = true)
public final class StopGate implements Preprocessor {

    /** Seconds a client is told to wait: about what a restart takes. */
    static final int RETRY_AFTER = 5;
    private static final Duration LOOK = Duration.ofMillis(5);

    private final Messages messages;
    private final ListeningPort port = new ListeningPort();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    @Activate
    public StopGate(@Reference Messages messages) {
        this.messages = messages;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!closed) {
            inFlight.incrementAndGet();
            try {
                // counted before the gate is looked at again: a stop either waits for this request or it is refused
                if (!closed) {
                    port.learn(request);
                    chain.doFilter(request, response);
                    return;
                }
            } finally {
                inFlight.decrementAndGet();
            }
        }
        refuse((HttpServletRequest) request, (HttpServletResponse) response);
    }

    /** From now on every new request is answered "the gateway is stopping". */
    void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }

    /** Waits until the requests let through before {@link #close} have their answers, at most {@code patience}. */
    boolean drain(Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(LOOK.toMillis());
        }
        return true;
    }

    int inFlight() {
        return inFlight.get();
    }

    ListeningPort port() {
        return port;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        boolean api = Paths.isApi(path);
        Language language = LanguageChoice.decide(query(request, "lang"), cookie(request),
                api ? java.util.Collections.list(request.getLocales()) : List.of());
        String title = messages.text(language, "error.503.title");
        String detail = messages.text(language, "error.stopping", RETRY_AFTER);
        response.reset();
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER));
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", language.tag());
        byte[] body;
        if (api) {
            response.setContentType(ProblemDetail.MEDIA_TYPE);
            body = JsonBodies.mapper().writeValueAsBytes(new ProblemDetail("about:blank", title, 503, detail, path,
                    null, null));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = page(language, title, detail).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A parameter of the query string alone: a refused request's body is not read. */
    private static String query(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return null;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Language.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** A page of its own: the shell and its templates may be stopping too. */
    private static String page(Language language, String title, String detail) {
        return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>" + detail + "</p></body></html>";
    }
}
