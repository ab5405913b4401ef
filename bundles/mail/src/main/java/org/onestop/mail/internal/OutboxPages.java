package org.onestop.mail.internal;

import java.net.URI;
import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operators' page of the outbox, {@code /ops/outbox?status=pending|sent|failed}: every message with its text (so
 * that an operator can pass on a link while no SMTP server is configured), and a form that sends a FAILED mail again
 * ({@code POST /ops/outbox/{id}/retry}, then back to the list).
 */
@Component(service = OutboxPages.class, immediate = true)
@ModuleResource
@Path("ops/outbox")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class OutboxPages {

    static final int PAGE_SIZE = 20;

    private final MailOutbox outbox;
    private final MailCourier courier;
    private final Messages messages;

    @Activate
    public OutboxPages(@Reference MailOutbox outbox, @Reference MailCourier courier, @Reference Messages messages) {
        this.outbox = outbox;
        this.courier = courier;
        this.messages = messages;
    }

    @GET
    public Response mail(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("retried") String retried, @Context Language language) throws SQLException {
        String shown = status == null ? "" : status.strip().toLowerCase(java.util.Locale.ROOT);
        MailSettings settings = courier.settings();
        try {
            OutboxPage result = outbox.find(MailOutbox.status(status), MailOutbox.paging(page, null, PAGE_SIZE));
            return Response.ok(View.of("ops/outbox", "status", shown, "settings", settings, "result", result,
                    "retried", retried == null ? "" : retried)).build();
        } catch (Refusal e) {
            return Response.status(e.status()).entity(View.of("ops/outbox", "status", shown,
                    "settings", settings, "retried", "", "error", e.text(messages, language))).build();
        }
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") String id, @Context Language language, @Context Caller caller)
            throws SQLException {
        long number = retry(outbox, id, caller, messages, language);
        return Response.seeOther(URI.create("/ops/outbox?status=pending&retried=" + number)).build();
    }

    /**
     * Sends mail {@code id} again, or refuses with a message in the operator's language: 404 for no such mail, 409
     * for one that has not failed. The audit trail records the operator who asked.
     */
    static long retry(MailOutbox outbox, String id, Caller caller, Messages messages, Language language)
            throws SQLException {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException(messages.text(language, "ops.error.noMail", id));
        }
        switch (outbox.retry(number, caller)) {
            case NO_SUCH_MAIL -> throw new NotFoundException(messages.text(language, "ops.error.noMail", id));
            case NOT_FAILED -> throw new ClientErrorException(messages.text(language, "ops.error.notFailed", id),
                    Response.Status.CONFLICT);
            default -> {
                return number;
            }
        }
    }
}
