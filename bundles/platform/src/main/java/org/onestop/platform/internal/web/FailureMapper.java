package org.onestop.platform.internal.web;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.module.ServiceModule;
import org.onestop.api.schema.SqlFailures;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Turns every exception into a {@link Failure} (a {@link Refusal}, of a module or of the platform, keeps its status,
 * reason and fields, and its wait as {@code Retry-After}; a transaction the database rolled back for a lock
 * conflict is a 503 to retry, and so is a write that failed for a full disk ({@link FullStorage}); a request body that is not the JSON expected is the client's error, 400, saying
 * what, where or which field, also when Jersey wraps it),
 * which {@link ResponseShaper} then shows as a page or a problem document. Client errors keep their status and a
 * message meant for the user; anything else becomes a 500 whose error id is logged with the stack trace and shown
 * to the user, never the trace itself.
 */
@Component(service = ExceptionMapper.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class FailureMapper implements ExceptionMapper<Throwable> {

    /** Refuses only while the shaping that writes a {@link Failure} is there (never a 500 at start). */
    @Reference(target = ModuleResource.SHAPER_SELECT)
    private ContainerResponseFilter shaping;

    private static final Logger LOG = LoggerFactory.getLogger(FailureMapper.class);
    /** Messages Jersey and JAX-RS make up themselves, such as "HTTP 404 Not Found": not meant for users. */
    private static final Pattern GENERATED = Pattern.compile("HTTP \\d{3} .*");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof Refusal refusal) {
            Response.ResponseBuilder response = Response.status(refusal.status()).entity(new Failure(refusal.status(),
                    null, null, refusal.key(), refusal.arguments(), refusal.fields()));
            if (refusal.retryAfter() != null) {
                response.header(HttpHeaders.RETRY_AFTER, refusal.retryAfter().toSeconds());
            }
            return response.build();
        }
        if (exception instanceof SQLException busy && SqlFailures.rolledBackByContention(busy)) {
            // a lock wait that timed out or a deadlock: nothing was stored, and the same request may be sent again
            LOG.warn("Request rolled back by the database ({}): {}", busy.getSQLState(), busy.getMessage());
            return Response.status(503).header(HttpHeaders.RETRY_AFTER, 1)
                    .entity(Failure.of(503, "error.busy")).build();
        }
        if (FullStorage.causes(exception)) {
            // the disk is full: nothing of the request was kept (see FullStorage); it may be sent again later
            LOG.error("Request refused, the disk is full: {}", exception.toString());
            return Response.status(503).header(HttpHeaders.RETRY_AFTER, 60)
                    .entity(Failure.of(503, "error.storageFull")).build();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Gatekeeper.FormTooLarge) {
                return Response.status(413).entity(Failure.of(413, "error.form.tooLarge", Gatekeeper.FORM_LIMIT_KB))
                        .build();
            }
        }
        Optional<JsonProcessingException> json = JsonProblems.ofReading(exception);
        if (json.isPresent()) {
            return JsonBodies.refused(json.get()).getResponse();
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            String message = exception.getMessage();
            String detail = message == null || GENERATED.matcher(message).matches() ? null : message;
            return Response.fromResponse(original).entity(new Failure(original.getStatus(), detail, null)).build();
        }
        int status = exception instanceof WebApplicationException web ? web.getResponse().getStatus() : 500;
        String errorId = newErrorId();
        LOG.error("Request failed with error id {}", errorId, exception);
        return Response.status(status).entity(new Failure(status, null, errorId)).build();
    }

    static String newErrorId() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
