package org.onestop.preexam.internal.entity;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The staff page {@code /preexam/entities}: every registered entity with its standing, and the forms that suspend
 * an approved entity with a reason or lift a suspension. (Registrations themselves are decided on the workbench.)
 */
@Component(service = EntityDesk.class, immediate = true)
@ModuleResource
@Path("preexam/entities")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.EXAMINER, Role.SUPERVISOR})
public final class EntityDesk {

    private final EntityRegister register;
    private final EntitySuspensions suspensions;
    private final Messages messages;

    @Activate
    public EntityDesk(@Reference EntityRegister register, @Reference EntitySuspensions suspensions,
            @Reference Messages messages) {
        this.register = register;
        this.suspensions = suspensions;
        this.messages = messages;
    }

    @GET
    public View list(@QueryParam("notice") String notice) throws SQLException {
        return page(register.all(), "", notice == null ? "" : switch (notice) {
            case "suspended" -> "preexam.entities.suspendedNotice";
            case "reinstated" -> "preexam.entities.reinstatedNotice";
            default -> "";
        });
    }

    @POST
    @Path("{organisation}/suspension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("organisation") long organisation, @FormParam("reason") String reason,
            @Context Caller caller, @Context Language language) throws SQLException {
        try {
            suspensions.suspend(organisation, reason, caller, language);
            return Response.seeOther(URI.create("/preexam/entities?notice=suspended")).build();
        } catch (CaseRefusal refusal) {
            return refused(refusal, language);
        }
    }

    @POST
    @Path("{organisation}/reinstatement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reinstate(@PathParam("organisation") long organisation, @Context Caller caller,
            @Context Language language) throws SQLException {
        try {
            suspensions.reinstate(organisation, caller);
            return Response.seeOther(URI.create("/preexam/entities?notice=reinstated")).build();
        } catch (CaseRefusal refusal) {
            return refused(refusal, language);
        }
    }

    private Response refused(CaseRefusal refusal, Language language) throws SQLException {
        String problem = refusal.fields().isEmpty() ? messages.text(language, refusal.key(), refusal.arguments())
                : String.join(" ", refusal.fields().values());
        return Response.status(refusal.status()).entity(page(register.all(), problem, "")).build();
    }

    private static View page(List<EntityRecord> entities, String problem, String notice) {
        return View.of("preexam/entities", "entities", entities, "problem", problem, "notice", notice);
    }
}
