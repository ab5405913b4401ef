package org.onestop.training.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
 * {@code /api/training}: the catalogue as JSON for anyone ({@code sessions?audience=&format=&month=&seats=&q=&page=},
 * a session, a course with its sessions), and for innovators their enrolments: enrol in a session ({@code 201}),
 * list their own, cancel one, confirm an offered place.
 */
@Component(service = TrainingApi.class, immediate = true)
@ModuleResource
@Path("api/training")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class TrainingApi {

    private final Schedule schedule;
    private final Waitlist waitlist;

    @Activate
    public TrainingApi(@Reference Schedule schedule, @Reference Waitlist waitlist) {
        this.schedule = schedule;
        this.waitlist = waitlist;
    }

    @GET
    @Path("sessions")
    @Access(Audience.ANYONE)
    public Schedule.Found sessions(@QueryParam("audience") String audience, @QueryParam("format") String format,
            @QueryParam("month") String month, @QueryParam("seats") String seats, @QueryParam("q") String q,
            @QueryParam("page") String page) throws SQLException {
        return schedule.find(CatalogueQuery.read(audience, format, month, seats, q, page));
    }

    @GET
    @Path("sessions/{id}")
    @Access(Audience.ANYONE)
    public Schedule.Reading session(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return schedule.session(id, caller);
    }

    @GET
    @Path("courses/{id}")
    @Access(Audience.ANYONE)
    public Schedule.CourseView course(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return schedule.course(id, caller);
    }

    @POST
    @Path("sessions/{id}/enrolments")
    @Access(Audience.INNOVATOR)
    public Response enrol(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        Enrolment enrolment = waitlist.enrol(id, caller);
        return Response.created(URI.create("/api/training/enrolments/" + enrolment.id())).entity(enrolment).build();
    }

    @GET
    @Path("enrolments")
    @Access(Audience.INNOVATOR)
    public List<Enrolment> mine(@Context Caller caller) throws SQLException {
        return waitlist.mine(caller);
    }

    @POST
    @Path("enrolments/{id}/cancel")
    @Access(Audience.INNOVATOR)
    public Enrolment cancel(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return waitlist.cancel(id, caller);
    }

    @POST
    @Path("enrolments/{id}/confirm")
    @Access(Audience.INNOVATOR)
    public Enrolment confirm(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return waitlist.confirm(id, caller);
    }
}
