package org.onestop.console.internal.backup;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Backups as JSON. Operators (signed in, with the CSRF token): {@code GET /api/ops/backups} (the configured folder
 * and its backups, newest first), {@code POST /api/ops/backups} (one more there: 201 with it). Refusals are problem
 * documents with the reason (409 while another backup runs). The local command's route is {@link BackupCommandApi}.
 */
@Component(service = BackupApi.class, immediate = true)
@ModuleResource
@Path("api/ops/backups")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class BackupApi {

    /** The configured folder and its backups. */
    public record Listing(String folder, List<Backups.Made> items) {
    }

    private final Backups backups;

    @Activate
    public BackupApi(@Reference Backups backups) {
        this.backups = backups;
    }

    @GET
    public Listing list() {
        return new Listing(backups.folder().map(Object::toString).orElse(null), backups.list());
    }

    @POST
    public Response make(@Context Caller caller) throws SQLException {
        Backups.Made made = backups.make(caller);
        return Response.created(URI.create("/api/ops/backups")).entity(made).build();
    }
}
