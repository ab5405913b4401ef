package org.onestop.cases.internal.notification;

import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Paging;
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
 * The signed-in caller's notifications as JSON: {@code GET /api/notifications?page=&size=} (newest first, with the
 * unread count), {@code GET /api/notifications/unread}, {@code POST /api/notifications/{id}/read} and
 * {@code POST /api/notifications/read-all}. Another account's notification answers 404.
 */
@Component(service = NotificationApi.class, immediate = true)
@ModuleResource
@Path("api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.SIGNED_IN)
public final class NotificationApi {

    /** Notifications per page of the list, at most. */
    static final int MAX_PAGE_SIZE = 200;

    /** The unread count. */
    public record Unread(long unread) {
    }

    /** The answer to marking one notification read. */
    public record Read(StoredNotification notification, long unread) {
    }

    /** The answer to marking all read: how many were unread. */
    public record AllRead(int marked, long unread) {
    }

    private final NotificationInbox inbox;
    private final Messages messages;

    @Activate
    public NotificationApi(@Reference NotificationInbox inbox, @Reference Messages messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @GET
    @Access(Audience.SIGNED_IN)
    public NotificationList list(@QueryParam("page") String page, @QueryParam("size") String size,
            @Context Caller caller, @Context Language language) throws SQLException {
        return inbox.list(caller.accountId(), Paging.parse(page, size, 50, MAX_PAGE_SIZE));
    }

    @GET
    @Path("unread")
    @Access(Audience.SIGNED_IN)
    public Unread unread(@Context Caller caller) throws SQLException {
        return new Unread(inbox.unread(caller.accountId()));
    }

    @POST
    @Path("{id}/read")
    @Access(Audience.SIGNED_IN)
    public Read read(@PathParam("id") String id, @Context Caller caller, @Context Language language)
            throws SQLException {
        StoredNotification read = inbox.markRead(caller.accountId(),
                NotificationPages.number(id, messages, language))
                .orElseThrow(() -> NotificationPages.missing(id, messages, language));
        return new Read(read, inbox.unread(caller.accountId()));
    }

    @POST
    @Path("read-all")
    @Access(Audience.SIGNED_IN)
    public AllRead readAll(@Context Caller caller) throws SQLException {
        return new AllRead(inbox.markAllRead(caller.accountId()), 0);
    }
}
