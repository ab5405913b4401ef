package org.onestop.assistance.internal;

import java.sql.SQLException;

import org.onestop.api.cases.CaseRefusal;
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

/**
 * {@code /api/assistance/applications/{tracking}/closing}: how a case ended (outcome and summary; 404 while it is
 * open), for its applicant and staff; officers and supervisors close it ({@link Closing} as JSON).
 */
@Component(service = ClosingApi.class, immediate = true)
@ModuleResource
@Path("api/assistance/applications/{tracking}/closing")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.SIGNED_IN)
public final class ClosingApi {

    private final CaseHandling handling;

    @Activate
    public ClosingApi(@Reference CaseHandling handling) {
        this.handling = handling;
    }

    @GET
    @Access(Audience.SIGNED_IN)
    public HandlingStore.ClosingRecord closing(@PathParam("tracking") String tracking, @Context Caller caller)
            throws SQLException {
        return handling.closing(tracking, caller)
                .orElseThrow(() -> new CaseRefusal(404, "assistance.refused.notClosed", tracking));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public HandlingStore.ClosingRecord close(@PathParam("tracking") String tracking, Closing body,
            @Context Caller caller) throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("assistance.error.body");
        }
        handling.close(tracking, body, caller);
        return closing(tracking, caller);
    }
}
