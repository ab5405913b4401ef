package org.onestop.cases.internal.notification;

import java.net.URI;
import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.LocalPath;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
 * The signed-in visitor's notifications, {@code /notifications}: newest first, the unread ones marked, each opened
 * through {@code POST /notifications/{id}/read} (marks it read, then goes to its link, always a path of this
 * site), and {@code POST /notifications/read-all}.
 */
@Component(service = NotificationPages.class, immediate = true)
@ModuleResource
@Path("notifications")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.SIGNED_IN)
public final class NotificationPages {

    static final int PAGE_SIZE = 20;
    static final String LIST = "/notifications";

    private final NotificationInbox inbox;
    private final Messages messages;

    @Activate
    public NotificationPages(@Reference NotificationInbox inbox, @Reference Messages messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @GET
    @Access(Audience.SIGNED_IN)
    public Response list(@QueryParam("page") String page, @QueryParam("notice") String notice,
            @Context Caller caller, @Context Language language) throws SQLException {
        try {
            NotificationList result = inbox.list(caller.accountId(),
                    Paging.parse(page, null, PAGE_SIZE, PAGE_SIZE));
            return Response.ok(View.of("notification/list", "result", result, "notice", "allRead".equals(notice) ? "notification.notice.allRead" : "")).build();
        } catch (Refusal e) {
            return Response.status(e.status()).entity(View.of("notification/list",
                    "problem", e.text(messages, language), "notice", "")).build();
        }
    }

    @POST
    @Path("{id}/read")
    @Access(Audience.SIGNED_IN)
    public Response open(@PathParam("id") String id, @Context Caller caller, @Context Language language)
            throws SQLException {
        StoredNotification read = inbox.markRead(caller.accountId(), number(id, messages, language))
                .orElseThrow(() -> missing(id, messages, language));
        String link = read.link() == null ? LIST : LocalPath.orHome(read.link());
        return Response.seeOther(URI.create(link)).build();
    }

    @POST
    @Path("read-all")
    @Access(Audience.SIGNED_IN)
    public Response readAll(@Context Caller caller) throws SQLException {
        inbox.markAllRead(caller.accountId());
        return Response.seeOther(URI.create(LIST + "?notice=allRead")).build();
    }

    /** The notification number of a path, or 404 in the visitor's language. */
    static long number(String id, Messages messages, Language language) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw missing(id, messages, language);
        }
    }

    static NotFoundException missing(String id, Messages messages, Language language) {
        return new NotFoundException(messages.text(language, "notification.error.none", id));
    }
}
