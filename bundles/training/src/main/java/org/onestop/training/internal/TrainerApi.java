package org.onestop.training.internal;

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
 * {@code /api/training/desk}: trainers' and supervisors' work as JSON: every course, a new course (a draft), a
 * session added to it, a course or a session rewritten, publishing and cancelling, and a session's roll in order of
 * arrival.
 */
@Component(service = TrainerApi.class, immediate = true)
@ModuleResource
@Path("api/training/desk")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
public final class TrainerApi {

    private final CourseDesk desk;
    private final Catalogue catalogue;
    private final Waitlist waitlist;

    @Activate
    public TrainerApi(@Reference CourseDesk desk, @Reference Catalogue catalogue, @Reference Waitlist waitlist) {
        this.desk = desk;
        this.catalogue = catalogue;
        this.waitlist = waitlist;
    }

    @GET
    @Path("courses")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public List<Course> courses() throws SQLException {
        return catalogue.courses();
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response create(Course body, @Context Caller caller) throws SQLException {
        Course course = desk.create(present(body), caller);
        return Response.created(URI.create("/api/training/courses/" + course.id())).entity(course).build();
    }

    @POST
    @Path("courses/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response addSession(@PathParam("id") long id, SessionPlan body, @Context Caller caller)
            throws SQLException {
        TrainingSession session = desk.addSession(id, present(body), caller);
        return Response.created(URI.create("/api/training/sessions/" + session.id())).entity(session).build();
    }

    @PUT
    @Path("courses/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Course change(@PathParam("id") long id, Course body, @Context Caller caller) throws SQLException {
        return desk.change(id, present(body), caller);
    }

    @PUT
    @Path("sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public TrainingSession changeSession(@PathParam("id") long id, SessionPlan body, @Context Caller caller)
            throws SQLException {
        return desk.changeSession(id, present(body), caller);
    }

    @POST
    @Path("courses/{id}/publish")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Course publish(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return desk.publish(id, caller);
    }

    @POST
    @Path("courses/{id}/cancel")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Course cancel(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return desk.cancel(id, caller);
    }

    @GET
    @Path("sessions/{id}/enrolments")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public List<Enrolment> roll(@PathParam("id") long id) throws SQLException {
        catalogue.work().call(tx -> catalogue.session(tx, id)).orElseThrow(Catalogue::noSession);
        waitlist.settle(id);
        return waitlist.of(id);
    }

    private static <T> T present(T body) {
        if (body == null) {
            throw Refusal.badRequest("training.error.body");
        }
        return body;
    }
}
