package org.onestop.console.internal;

import java.net.URI;
import java.sql.SQLException;

import org.onestop.api.cases.FormParts;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The gateway's bundles as JSON for operators: {@code GET /api/ops/bundles?state=&origin=&q=};
 * {@code GET /api/ops/bundles/{symbolicName}} (with the bundles a change of it touches); {@code POST …/start},
 * {@code …/stop?force=true} (a platform bundle needs {@code force}), {@code …/uninstall}, {@code …/rollback}; an
 * upload {@code POST /api/ops/bundles/uploads?force=} (multipart, field {@code file}: 201 with what it will change,
 * nothing installed yet), confirmed by {@code POST /api/ops/bundles/uploads/{token}}. Refusals are problem documents
 * with the reason.
 */
@Component(service = BundlesApi.class, immediate = true)
@ModuleResource
@Path("api/ops/bundles")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class BundlesApi {

    private final BundleBoard board;
    private final BundleActs acts;
    private final ModuleUploads uploads;

    /** One bundle with the bundles wired to it. */
    public record Detail(BundleRow bundle, java.util.List<String> touches) {
    }

    @Activate
    public BundlesApi(@Reference BundleBoard board, @Reference BundleActs acts, @Reference ModuleUploads uploads) {
        this.board = board;
        this.acts = acts;
        this.uploads = uploads;
    }

    @GET
    public BundleBoard.Listing list(@QueryParam("state") String state, @QueryParam("origin") String origin,
            @QueryParam("q") String q) {
        return board.list(state, origin, q);
    }

    @GET
    @Path("{symbolicName}")
    public Detail bundle(@PathParam("symbolicName") String symbolicName) {
        var bundle = board.existing(symbolicName);
        return new Detail(board.row(bundle), board.touches(bundle));
    }

    @POST
    @Path("{symbolicName}/start")
    public BundleRow start(@PathParam("symbolicName") String symbolicName, @Context Caller caller)
            throws SQLException {
        return acts.start(symbolicName, caller);
    }

    @POST
    @Path("{symbolicName}/stop")
    public BundleRow stop(@PathParam("symbolicName") String symbolicName, @QueryParam("force") boolean force,
            @Context Caller caller) throws SQLException {
        return acts.stop(symbolicName, force, caller);
    }

    @POST
    @Path("{symbolicName}/uninstall")
    public Response uninstall(@PathParam("symbolicName") String symbolicName, @Context Caller caller)
            throws SQLException {
        uploads.uninstall(symbolicName, caller);
        return Response.noContent().build();
    }

    @POST
    @Path("{symbolicName}/rollback")
    public BundleRow rollBack(@PathParam("symbolicName") String symbolicName, @Context Caller caller)
            throws SQLException {
        return uploads.rollBack(symbolicName, caller);
    }

    @POST
    @Path("uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(FormParts form, @QueryParam("force") boolean force) {
        ModuleUploads.Staged staged = uploads.stage(form.files("file").stream().findFirst(), force);
        return Response.created(URI.create("/api/ops/bundles/uploads/" + staged.token())).entity(staged).build();
    }

    @POST
    @Path("uploads/{token}")
    public BundleRow confirm(@PathParam("token") String token, @QueryParam("force") boolean force,
            @Context Caller caller) throws SQLException {
        return uploads.confirm(token, force, caller);
    }
}
