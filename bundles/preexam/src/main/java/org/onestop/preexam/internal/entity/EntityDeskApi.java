package org.onestop.preexam.internal.entity;

import java.sql.SQLException;
import java.util.List;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/preexam/entities}: the registered entities for staff, and the suspension of one
 * ({@code POST …/{organisationId}/suspension {"reason"}}; {@code DELETE} lifts it).
 */
@Component(service = EntityDeskApi.class, immediate = true)
@ModuleResource
@Path("api/preexam/entities")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = {Role.EXAMINER, Role.SUPERVISOR})
public final class EntityDeskApi {

    /** Why an entity is suspended. */
    public record Suspension(String reason) {
    }

    private final EntityRegister register;
    private final EntitySuspensions suspensions;

    @Activate
    public EntityDeskApi(@Reference EntityRegister register, @Reference EntitySuspensions suspensions) {
        this.register = register;
        this.suspensions = suspensions;
    }

    @GET
    public List<EntityRecord> list() throws SQLException {
        return register.all();
    }

    @POST
    @Path("{organisation}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntityRecord suspend(@PathParam("organisation") long organisation, Suspension suspension,
            @Context Caller caller, @Context Language language) throws SQLException {
        suspensions.suspend(organisation, suspension == null ? null : suspension.reason(), caller, language);
        return register.find(organisation).orElseThrow();
    }

    @DELETE
    @Path("{organisation}/suspension")
    public EntityRecord reinstate(@PathParam("organisation") long organisation, @Context Caller caller)
            throws SQLException {
        suspensions.reinstate(organisation, caller);
        return register.find(organisation).orElseThrow();
    }
}
