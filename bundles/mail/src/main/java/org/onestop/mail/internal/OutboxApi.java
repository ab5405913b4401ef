package org.onestop.mail.internal;

import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The outbox as JSON for operators: {@code GET /api/ops/outbox?status=pending|sent|failed&page=&size=} (newest
 * first) and {@code POST /api/ops/outbox/{id}/retry}, which sends a FAILED mail again.
 */
@Component(service = OutboxApi.class, immediate = true)
@ModuleResource
@Path("api/ops/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class OutboxApi {

    private final MailOutbox outbox;
    private final Messages messages;

    /** The answer to a retry. */
    public record Retried(long id, String status) {
    }

    @Activate
    public OutboxApi(@Reference MailOutbox outbox, @Reference Messages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @GET
    public OutboxPage mail(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) throws SQLException {
        return outbox.find(MailOutbox.status(status), MailOutbox.paging(page, size, 50));
    }

    @POST
    @Path("{id}/retry")
    public Retried retry(@PathParam("id") String id, @Context Language language, @Context Caller caller)
            throws SQLException {
        long number = OutboxPages.retry(outbox, id, caller, messages, language);
        return new Retried(number, "PENDING");
    }
}
