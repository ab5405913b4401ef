package org.onestop.ticketing.internal;

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
 * The hall's setup as JSON, for supervisors: {@code GET|POST /api/ticketing/hall/services}, {@code PUT …/{id}}
 * ({@code {"code" (new only), "prefix", "nameZh", "nameEn", "typicalMinutes", "slotMinutes", "slotCapacity",
 * "position", "active"}}) and {@code GET|POST /api/ticketing/hall/counters}, {@code PUT …/{id}} ({@code {"number",
 * "nameZh", "nameEn", "serviceIds", "active"}}); 201 or 200 with what was stored, 422 with {@code errors} per field.
 */
@Component(service = HallSetupApi.class, immediate = true)
@ModuleResource
@Path("api/ticketing/hall")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class HallSetupApi {

    private final Hall hall;
    private final HallSetup setup;

    @Activate
    public HallSetupApi(@Reference Hall hall, @Reference HallSetup setup) {
        this.hall = hall;
        this.setup = setup;
    }

    @GET
    @Path("services")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public List<HallService> services() throws SQLException {
        return hall.work().call(hall::services);
    }

    @POST
    @Path("services")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response addService(HallSetup.ServiceForm form, @Context Caller caller) throws SQLException {
        HallService saved = setup.saveService(null, orEmpty(form), caller);
        return Response.created(URI.create("/api/ticketing/hall/services/" + saved.id())).entity(saved).build();
    }

    @PUT
    @Path("services/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public HallService changeService(@PathParam("id") long id, HallSetup.ServiceForm form, @Context Caller caller)
            throws SQLException {
        return setup.saveService(id, orEmpty(form), caller);
    }

    @GET
    @Path("counters")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public List<Counter> counters() throws SQLException {
        return hall.work().call(hall::counters);
    }

    @POST
    @Path("counters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response addCounter(HallSetup.CounterForm form, @Context Caller caller) throws SQLException {
        Counter saved = setup.saveCounter(null, orEmpty(form), caller);
        return Response.created(URI.create("/api/ticketing/hall/counters/" + saved.id())).entity(saved).build();
    }

    @PUT
    @Path("counters/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Counter changeCounter(@PathParam("id") long id, HallSetup.CounterForm form, @Context Caller caller)
            throws SQLException {
        return setup.saveCounter(id, orEmpty(form), caller);
    }

    private static HallSetup.ServiceForm orEmpty(HallSetup.ServiceForm form) {
        return form == null ? new HallSetup.ServiceForm(null, null, null, null, null, null, null, null, null) : form;
    }

    private static HallSetup.CounterForm orEmpty(HallSetup.CounterForm form) {
        return form == null ? new HallSetup.CounterForm(null, null, null, null, null) : form;
    }
}
