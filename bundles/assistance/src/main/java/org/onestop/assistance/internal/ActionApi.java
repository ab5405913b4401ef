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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/assistance/applications/{tracking}/actions}: the handling actions of a case, for its applicant (the
 * public parts) and staff (with the internal notes); officers and supervisors record one ({@link HandlingAction} as
 * JSON: 201 with the action as stored).
 */
@Component(service = ActionApi.class, immediate = true)
@ModuleResource
@Path("api/assistance/applications/{tracking}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.SIGNED_IN)
public final class ActionApi {

    private final CaseHandling handling;

    @Activate
    public ActionApi(@Reference CaseHandling handling) {
        this.handling = handling;
    }

    @GET
    @Access(Audience.SIGNED_IN)
    public List<RecordedAction> actions(@PathParam("tracking") String tracking, @Context Caller caller)
            throws SQLException {
        return handling.actions(tracking, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Response record(@PathParam("tracking") String tracking, HandlingAction body, @Context Caller caller)
            throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("assistance.error.body");
        }
        RecordedAction recorded = handling.record(tracking, body, caller);
        return Response.created(URI.create("/api/assistance/applications/" + tracking + "/actions"))
                .entity(recorded).build();
    }
}
