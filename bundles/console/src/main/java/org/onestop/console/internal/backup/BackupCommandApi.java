package org.onestop.console.internal.backup;

import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The route of the local command {@code ./onestop backup DIR}: {@code POST /api/ops/backup}
 * {@code {"folder": "/absolute/new/folder"}} with the token of {@code <data>/backup.access} as
 * {@code Authorization: Bearer …}, from the loopback address only; anyone else gets 401. 201 with the backup made;
 * refusals are problem documents with the reason. (Its own root, {@code api/ops/backup}: a root {@code api/ops} would
 * take the requests meant for the platform's {@code /api/ops/…} routes declared under {@code /}.)
 */
@Component(service = BackupCommandApi.class, immediate = true)
@ModuleResource
@Path("api/ops/backup")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class BackupCommandApi {

    /** What the local command asks for. */
    public record Target(String folder) {
    }

    private final Backups backups;

    @Activate
    public BackupCommandApi(@Reference Backups backups) {
        this.backups = backups;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response make(Target target, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context Caller caller) throws SQLException {
        if (!backups.admits(authorization, caller.clientAddress())) {
            throw new Refusal(401, "console.backup.error.token");
        }
        Backups.Made made = backups.into(target == null ? null : target.folder(), caller);
        return Response.status(201).entity(made).build();
    }
}
