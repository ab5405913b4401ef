package org.onestop.console.internal.backup;

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

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operators' page of backups, {@code /ops/backups}: the configured folder, the button that makes a backup
 * there ({@code POST /ops/backups}, audited) and the backups it holds with their time and size, newest first. A
 * refused or failed backup shows the page again with the reason.
 */
@Component(service = BackupPages.class, immediate = true)
@ModuleResource
@Path("ops/backups")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class BackupPages {

    private final Backups backups;
    private final Messages messages;

    @Activate
    public BackupPages(@Reference Backups backups, @Reference Messages messages) {
        this.backups = backups;
        this.messages = messages;
    }

    @GET
    public Response list(@QueryParam("made") String made) {
        return page(200, backups.list().stream().filter(b -> b.name().equals(made)).findFirst().orElse(null),
                null);
    }

    @POST
    public Response make(@Context Caller caller, @Context Language language) throws SQLException {
        try {
            Backups.Made made = backups.make(caller);
            return Response.seeOther(URI.create("/ops/backups?made=" + made.name())).build();
        } catch (Refusal refused) {
            return page(refused.status(), null, refused.text(messages, language));
        }
    }

    private Response page(int status, Backups.Made made, String error) {
        return Response.status(status).entity(View.of("console/backups", "folder",
                backups.folder().map(Object::toString).orElse(""), "backups", backups.list(), "made", made,
                "error", error)).build();
    }
}
