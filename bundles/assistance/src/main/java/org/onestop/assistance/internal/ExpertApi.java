package org.onestop.assistance.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/assistance/experts}: the expert pool as JSON for assistance officers and supervisors. An expert is
 * added ({@code POST}) and edited or deactivated ({@code PUT} with {@code active: false}); never deleted.
 */
@Component(service = ExpertApi.class, immediate = true)
@ModuleResource
@Path("api/assistance/experts")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
public final class ExpertApi {

    private final ExpertPool pool;

    @Activate
    public ExpertApi(@Reference ExpertPool pool) {
        this.pool = pool;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public List<Expert> experts() throws SQLException {
        return pool.experts();
    }

    @GET
    @Path("{id}")
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Expert expert(@PathParam("id") long id) throws SQLException {
        return pool.expert(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Response add(Expert body, @Context Caller caller) throws SQLException {
        Expert added = pool.add(present(body), caller);
        return Response.created(URI.create("/api/assistance/experts/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Expert edit(@PathParam("id") long id, Expert body, @Context Caller caller) throws SQLException {
        return pool.edit(id, present(body), caller);
    }

    private static Expert present(Expert body) {
        if (body == null) {
            throw Refusal.badRequest("assistance.error.body");
        }
        return body;
    }
}
