package org.onestop.training.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
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
 * {@code /api/training/sessions/{id}/attendees}: an innovator's named attendees of their organisation in a session as
 * JSON: the ones they enrolled, and one more ({@code {"name", "email", "phone"}}, 201 with the enrolment; 422 with
 * {@code errors} per field, 409 for a name enrolled already, the organisation's limit or a closed window). Each is
 * cancelled like any enrolment ({@code POST /api/training/enrolments/{id}/cancel}).
 */
@Component(service = AttendeeApi.class, immediate = true)
@ModuleResource
@Path("api/training/sessions/{id}/attendees")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class AttendeeApi {

    private final NamedAttendees named;
    private final Waitlist waitlist;

    @Activate
    public AttendeeApi(@Reference NamedAttendees named, @Reference Waitlist waitlist) {
        this.named = named;
        this.waitlist = waitlist;
    }

    @GET
    @Access(Audience.INNOVATOR)
    public List<NamedAttendees.Named> listed(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return named.inSession(id, caller, waitlist.mine(caller));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.INNOVATOR)
    public Response enrol(@PathParam("id") long id, Attendee body, @Context Caller caller) throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("training.error.body");
        }
        NamedAttendees.Named enrolled = named.enrol(id, body, caller);
        return Response.created(URI.create("/api/training/enrolments/" + enrolled.enrolment().id()))
                .entity(enrolled).build();
    }
}
