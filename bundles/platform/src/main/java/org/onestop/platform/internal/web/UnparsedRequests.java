package org.onestop.platform.internal.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The HTTP server's answer to a request it cannot parse far enough to hand on: a path it cannot read at all
 * ({@code %00}, a {@code ..} above the root, a broken escape). Such a request has no path or headers left to go by,
 * so the answer is the problem document of a malformed address (400) in the default language, Chinese. The server
 * ends such a connection after its answer, and closing it with a body still coming made the client meet a reset
 * instead of the answer: so what the client sends is read and dropped first, until it stops sending (at most
 * {@link UnreadBodies#DRAIN_LIMIT_MB} MB, {@value #PATIENCE_MS} ms). Every other error of the server is left to its
 * own error handler.
 */
final class UnparsedRequests implements Request.Handler {

    /** The paths the HTTP server gives a request it could not parse (Jetty's {@code HttpConnection}). */
    private static final Set<String> UNPARSED = Set.of("/badMessage", "/badURI");
    private static final long LOOK_MS = 50;
    static final long PATIENCE_MS = 5000;
    private static final long DRAIN_LIMIT = UnreadBodies.DRAIN_LIMIT_MB * 1024L * 1024L;

    private final Request.Handler others;
    private final byte[] problem;

    private UnparsedRequests(Request.Handler others, byte[] problem) {
        this.others = others;
        this.problem = problem;
    }

    /** Puts the answer in front of {@code server}'s error handler, once. */
    static void install(Server server, Messages messages) {
        Request.Handler current = server.getErrorHandler();
        if (current instanceof UnparsedRequests) {
            return;
        }
        try {
            byte[] problem = JsonBodies.mapper().writeValueAsBytes(new ProblemDetail("about:blank",
                    messages.text(Language.ZH_CN, "error.400.title"), 400,
                    messages.text(Language.ZH_CN, "error.path"), null, null, null));
            server.setErrorHandler(new UnparsedRequests(current, problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
        if (!UNPARSED.contains(request.getHttpURI().getPath()) || status != null && !status.equals(400)) {
            return others != null && others.handle(request, response, callback);
        }
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        Scheduler scheduler = request.getComponents().getScheduler();
        answerWhenQuiet(endPoint, scheduler, 0, 0, () -> {
            response.setStatus(400);
            HttpFields.Mutable headers = response.getHeaders();
            headers.put(HttpHeader.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE);
            headers.put(HttpHeader.CONTENT_LANGUAGE, Language.ZH_CN.tag());
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            headers.put(HttpHeader.CONNECTION, "close");
            StandingHeaders.ALL.forEach(headers::put);
            headers.put(HttpHeader.CONTENT_LENGTH, problem.length);
            response.write(true, ByteBuffer.wrap(problem), callback);
        });
        return true;
    }

    /**
     * Reads and drops what the client sends, look after look, and runs {@code answer} once a look found nothing new,
     * the client's input ended, or the limit of bytes or of patience is reached.
     */
    private static void answerWhenQuiet(EndPoint endPoint, Scheduler scheduler, long total, int looks,
            Runnable answer) {
        long read = dropAvailable(endPoint);
        long sum = total + Math.max(read, 0);
        if (read < 0 || read == 0 && looks > 0 || sum > DRAIN_LIMIT || looks * LOOK_MS >= PATIENCE_MS) {
            answer.run();
            return;
        }
        scheduler.schedule(() -> answerWhenQuiet(endPoint, scheduler, sum, looks + 1, answer), LOOK_MS,
                TimeUnit.MILLISECONDS);
    }

    /** Reads and drops the bytes the connection has now: how many, or -1 once its input has ended. */
    private static long dropAvailable(EndPoint endPoint) {
        ByteBuffer scratch = BufferUtil.allocate(64 * 1024);
        long read = 0;
        try {
            for (int n = endPoint.fill(scratch); n != 0; n = endPoint.fill(scratch)) {
                if (n < 0) {
                    return read == 0 ? -1 : read;
                }
                read += n;
                BufferUtil.clear(scratch);
                if (read > DRAIN_LIMIT) {
                    return read;
                }
            }
            return read;
        } catch (IOException closed) {
            return -1;
        }
    }
}
