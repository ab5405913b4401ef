package org.onestop.assistance.internal;

import java.io.IOException;
import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code /assistance/applications/{tracking}/opinions/{id}.pdf}: an opinion the centre issued on the case, printed
 * as PDF for its applicant and the staff who may see the case (404 for anyone else).
 */
@Component(service = OpinionDownload.class, immediate = true)
@ModuleResource
@Path("assistance/applications/{tracking}/opinions")
@Access(Audience.SIGNED_IN)
public final class OpinionDownload {

    private final CaseHandling handling;

    @Activate
    public OpinionDownload(@Reference CaseHandling handling) {
        this.handling = handling;
    }

    @GET
    @Path("{id: [0-9]{1,18}}.pdf")
    @Produces("application/pdf")
    @Access(Audience.SIGNED_IN)
    public Response opinion(@PathParam("tracking") String tracking, @PathParam("id") long id,
            @Context Caller caller) throws SQLException, IOException {
        CaseHandling.Printed printed = handling.opinion(tracking, id, caller);
        return Response.ok(printed.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
