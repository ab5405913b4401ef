package org.onestop.platform.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Answers an anonymous visitor's request again within the second ({@link PublicAnswers}), in front of the
 * REST runtime: the innermost of the gateway's servlet filters, so the stop gate, the checks of malformed requests
 * and the standing headers still see every request. A request with a session cookie always goes on; so does every
 * request that may change something, which lets go of every answer kept. A module's bundle or any service coming,
 * changing or leaving lets go of them too (its routes, tiles and texts show at once).
 */
@Component(service = Filter.class, immediate = true, property = {
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
        "osgi.http.whiteboard.filter.name=onestop.public.answers",
        "service.ranking:Integer=-100" })
public final class PublicAnswerFilter implements Filter {

    /** The methods that change nothing. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Headers the server writes for each answer itself, or this filter from the body. */
    private static final Set<String> OWN = Set.of("content-length", "date", "server", "connection");

    private final PublicAnswers answers;
    private final BundleContext context;
    private final SynchronousBundleListener bundles;
    private final ServiceListener services;

    @Activate
    public PublicAnswerFilter(BundleContext context) {
        this(context, new PublicAnswers());
    }

    PublicAnswerFilter(BundleContext context, PublicAnswers answers) {
        this.answers = answers;
        this.context = context;
        this.bundles = event -> answers.forget();
        this.services = event -> answers.forget();
        if (context != null) {
            context.addBundleListener(bundles);
            context.addServiceListener(services);
        }
    }

    @Deactivate
    void close() {
        context.removeServiceListener(services);
        context.removeBundleListener(bundles);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        String method = http.getMethod();
        if (!SAFE.contains(method)) {
            answers.changeBegins();
            try {
                chain.doFilter(request, response);
            } finally {
                answers.changeEnds();
            }
            return;
        }
        if (!"GET".equals(method) || http.getRequestURI().startsWith("/static/") || withSession(http)) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        String key = key(http);
        Optional<PublicAnswers.Answer> kept = answers.find(key);
        if (kept.isPresent()) {
            give(kept.get(), out);
            if (kept.get().meter() != null) {
                kept.get().meter().accept(System.nanoTime() - started);
            }
            return;
        }
        long generation = answers.generation();
        Capture capture = new Capture(out);
        chain.doFilter(request, capture);
        if (Boolean.TRUE.equals(http.getAttribute(PublicAnswers.SHAREABLE)) && out.getStatus() == 200
                && !http.isAsyncStarted() && !out.containsHeader("Set-Cookie") && capture.whole()) {
            answers.keep(key, 200, headersOf(out), capture.body(),
                    http.getAttribute(PublicAnswers.METER) instanceof LongConsumer meter ? meter : null, generation);
        }
    }

    /** Whether the request carries a session cookie (a signed-in visitor's, or one that was). */
    private static boolean withSession(HttpServletRequest request) {
        Enumeration<String> cookies = request.getHeaders("Cookie");
        while (cookies.hasMoreElements()) {
            if (cookies.nextElement().contains(Visit.SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the answer may depend on: the scheme, the client's address (no page shown to one address is given to
     * another), the address asked for with its query, and every header as sent.
     */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(256).append(request.isSecure() ? "https " : "http ")
                .append(request.getRemoteAddr()).append(' ').append(request.getRequestURI());
        String query = request.getQueryString();
        if (query != null) {
            key.append('?').append(query);
        }
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = request.getHeaders(name);
            while (values.hasMoreElements()) {
                key.append('\n').append(name).append(':').append(values.nextElement());
            }
        }
        return key.toString();
    }

    private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!OWN.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return headers;
    }

    private static void give(PublicAnswers.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        Set<String> set = new HashSet<>();
        for (Map.Entry<String, String> header : answer.headers()) {
            if (set.add(header.getKey())) {
                response.setHeader(header.getKey(), header.getValue());
            } else {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** The response, its body copied as it is written (up to the longest kept), through its output stream only. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream copy = new ByteArrayOutputStream(8192);
        private boolean whole = true;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean whole() {
            return whole;
        }

        byte[] body() {
            return copy.toByteArray();
        }

        private void copied(int length) {
            if (copy.size() + length > PublicAnswers.LONGEST) {
                whole = false;
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        copied(1);
                        if (whole) {
                            copy.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        copied(len);
                        if (whole) {
                            copy.write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        whole = false;
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            whole = false;
            return super.getWriter();
        }

        @Override
        public void reset() {
            whole = false;
            super.reset();
        }

        @Override
        public void resetBuffer() {
            whole = false;
            super.resetBuffer();
        }
    }
}
