package org.onestop.console.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.FormParts;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
 * The operators' page of the gateway's bundles, {@code /ops/bundles?state=&origin=&q=}: every bundle with its
 * state and origin, start at once; stop, uninstall and roll back after a page that says which bundles the change
 * touches ({@code /ops/bundles/{symbolicName}/stop|uninstall|rollback}); a jar uploaded
 * ({@code POST /ops/bundles/uploads}, multipart) is checked and shown for confirmation before it is installed. A
 * refused act shows the list again with the reason.
 */
@Component(service = BundlesPages.class, immediate = true)
@ModuleResource
@Path("ops/bundles")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class BundlesPages {

    private static final Set<String> CONFIRMED = Set.of("stop", "uninstall", "rollback");
    private static final Set<String> DONE = Set.of("started", "stopped", "uninstalled", "rolledBack", "installed");

    private final BundleBoard board;
    private final BundleActs acts;
    private final ModuleUploads uploads;
    private final Messages messages;

    @Activate
    public BundlesPages(@Reference BundleBoard board, @Reference BundleActs acts, @Reference ModuleUploads uploads,
            @Reference Messages messages) {
        this.board = board;
        this.acts = acts;
        this.uploads = uploads;
        this.messages = messages;
    }

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("origin") String origin,
            @QueryParam("q") String q, @QueryParam("done") String done, @QueryParam("bundle") String bundle,
            @Context Language language) {
        return listed(state, origin, q, done != null && DONE.contains(done) ? done : "", bundle, null, language);
    }

    private Response listed(String state, String origin, String q, String done, String bundle, Refusal error,
            Language language) {
        BundleBoard.Listing listing;
        Refusal shown = error;
        try {
            listing = board.list(state, origin, q);
        } catch (Refusal filter) {
            listing = board.list("", "", "");
            shown = filter;
        }
        return Response.status(shown == null ? 200 : shown.status()).entity(View.of("console/bundles",
                "listing", listing, "state", text(state), "origin", text(origin), "q", text(q),
                "states", List.of("active", "resolved", "installed"), "origins", List.of("system", "deploy",
                        "console"), "done", done, "bundle", text(bundle),
                "error", shown == null ? null : shown.text(messages, language))).build();
    }

    @GET
    @Path("{symbolicName}/{act}")
    public Response confirmation(@PathParam("symbolicName") String symbolicName, @PathParam("act") String act) {
        if (!CONFIRMED.contains(act)) {
            throw new NotFoundException();
        }
        Optional<Bundle> bundle = board.bundle(symbolicName);
        Optional<String> kept = board.folder().previous(symbolicName)
                .map(p -> JarCheck.read(p).version().toString());
        if (bundle.isEmpty() && !(act.equals("rollback") && kept.isPresent())) {
            throw new Refusal(404, "console.error.noBundle", symbolicName);
        }
        return Response.ok(View.of("console/confirm", "act", act, "symbolicName", symbolicName,
                "row", bundle.map(board::row).orElse(null), "touches", bundle.map(board::touches).orElse(List.of()),
                "kept", kept.orElse(null))).build();
    }

    @POST
    @Path("{symbolicName}/{act}")
    public Response act(@PathParam("symbolicName") String symbolicName, @PathParam("act") String act,
            @FormParam("force") String force, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            String done = switch (act) {
                case "start" -> {
                    acts.start(symbolicName, caller);
                    yield "started";
                }
                case "stop" -> {
                    acts.stop(symbolicName, force != null, caller);
                    yield "stopped";
                }
                case "uninstall" -> {
                    uploads.uninstall(symbolicName, caller);
                    yield "uninstalled";
                }
                case "rollback" -> {
                    uploads.rollBack(symbolicName, caller);
                    yield "rolledBack";
                }
                default -> throw new NotFoundException();
            };
            return done(done, symbolicName);
        } catch (Refusal refused) {
            return listed("", "", "", "", "", refused, language);
        }
    }

    @POST
    @Path("uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(FormParts form, @Context Language language) {
        boolean force = form.field("force").isPresent();
        try {
            ModuleUploads.Staged staged = uploads.stage(form.files("file").stream().findFirst(), force);
            return Response.ok(View.of("console/upload", "staged", staged, "force", force)).build();
        } catch (Refusal refused) {
            return listed("", "", "", "", "", refused, language);
        }
    }

    @POST
    @Path("uploads/{token}")
    public Response confirm(@PathParam("token") String token, @FormParam("force") String force,
            @Context Caller caller, @Context Language language) throws SQLException {
        try {
            BundleRow row = uploads.confirm(token, force != null, caller);
            return done("installed", row.symbolicName());
        } catch (Refusal refused) {
            return listed("", "", "", "", "", refused, language);
        }
    }

    private static Response done(String done, String symbolicName) {
        return Response.seeOther(URI.create("/ops/bundles?done=" + done + "&bundle="
                + URLEncoder.encode(symbolicName, StandardCharsets.UTF_8))).build();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
