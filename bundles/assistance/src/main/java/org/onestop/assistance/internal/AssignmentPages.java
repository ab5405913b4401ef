package org.onestop.assistance.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;

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

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /assistance/applications/{tracking}/experts}: the officer's page to assign an active expert of the pool to
 * an application in handling, with the expert's conflict-of-interest declaration (and a supervisor's override
 * reason); it lists the experts assigned so far with their declarations.
 */
@Component(service = AssignmentPages.class, immediate = true)
@ModuleResource
@Path("assistance/applications/{tracking}/experts")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
public final class AssignmentPages {

    private final ExpertAssignment assignment;
    private final ExpertPool pool;
    private final Messages messages;

    @Activate
    public AssignmentPages(@Reference ExpertAssignment assignment, @Reference ExpertPool pool,
            @Reference Messages messages) {
        this.assignment = assignment;
        this.pool = pool;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public View page(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return page(tracking, null, new ConflictDeclaration("", "", ""), Map.of(), null, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Response assign(@PathParam("tracking") String tracking, @FormParam("expertId") Long expertId,
            @FormParam("conflict") String conflict, @FormParam("conflictText") String conflictText,
            @FormParam("overrideReason") String overrideReason, @Context Caller caller, @Context Language language)
            throws SQLException {
        ConflictDeclaration declaration = new ConflictDeclaration(conflict, conflictText, overrideReason);
        try {
            assignment.assign(tracking, expertId, declaration, caller);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (Refusal refusal) {
            Map<String, String> texts = ApplicationPages.texts(refusal, messages, language);
            return Response.status(refusal.status()).entity(page(tracking, expertId, declaration, texts,
                    refusal.text(messages, language), caller)).build();
        }
    }

    private View page(String tracking, Long chosen, ConflictDeclaration declaration, Map<String, String> errors,
            String problem, Caller caller) throws SQLException {
        return View.of("assistance/assign", "tracking", tracking, "assigned",
                assignment.assignments(tracking, caller), "experts",
                pool.experts().stream().filter(Expert::active).toList(), "chosen", chosen == null ? -1L : chosen,
                "declaration", declaration, "errors", errors, "problem", problem);
    }
}
