package org.onestop.training.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
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
 * {@code /training/desk}: the course desk of trainers and supervisors: every course by status (drafts, published,
 * cancelled), a new course, a course's page with its sessions, the form to add one, publishing and cancelling (with
 * the reason, which everyone enrolled is told), and a course's edit form. A refused form comes back with each field's
 * problem in place; a refused step with the reason on the course's page.
 */
@Component(service = TrainerPages.class, immediate = true)
@ModuleResource
@Path("training/desk")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
public final class TrainerPages {

    private static final List<String> DONE = List.of("created", "changed", "sessionAdded", "sessionChanged",
            "published", "cancelled");

    private final CourseDesk desk;
    private final Catalogue catalogue;
    private final Schedule schedule;
    private final Messages messages;

    @Activate
    public TrainerPages(@Reference CourseDesk desk, @Reference Catalogue catalogue, @Reference Schedule schedule,
            @Reference Messages messages) {
        this.desk = desk;
        this.catalogue = catalogue;
        this.schedule = schedule;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public View courses() throws SQLException {
        List<Course> all = catalogue.courses();
        return View.of("training/desk/courses", "drafts", of(all, Course.DRAFT), "published", of(all,
                Course.PUBLISHED), "cancelled", of(all, Course.CANCELLED));
    }

    @GET
    @Path("courses/new")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public View blank(@Context Caller caller) {
        return form(new Course(null, "", "", "", caller.displayName(), "", 0, null), Map.of(), "");
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response create(@FormParam("title") String title, @FormParam("audience") String audience,
            @FormParam("description") String description, @FormParam("trainer") String trainer,
            @FormParam("format") String format, @FormParam("creditHours") String creditHours,
            @FormParam("titleEn") String titleEn, @FormParam("descriptionEn") String descriptionEn,
            @Context Caller caller, @Context Language language) throws SQLException {
        Course typed = CourseForms.course(title, audience, description, trainer, format, creditHours, titleEn,
                descriptionEn);
        try {
            return done(desk.create(typed, caller).id(), "created");
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(form(typed, CourseForms.errors(refused, messages,
                    language), refused.text(messages, language))).build();
        }
    }

    @GET
    @Path("courses/{id}")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public View course(@PathParam("id") long id, @QueryParam("done") String done, @Context Caller caller)
            throws SQLException {
        String notice = done != null && DONE.contains(done) ? "training.desk.done." + done : "";
        return page(id, CourseForms.blankSession(), Map.of(), "", notice, caller);
    }

    @GET
    @Path("courses/{id}/edit")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public View editing(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return form(schedule.course(id, caller).course(), Map.of(), "");
    }

    @POST
    @Path("courses/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response edit(@PathParam("id") long id, @FormParam("title") String title,
            @FormParam("audience") String audience, @FormParam("description") String description,
            @FormParam("trainer") String trainer, @FormParam("format") String format,
            @FormParam("creditHours") String creditHours, @FormParam("titleEn") String titleEn,
            @FormParam("descriptionEn") String descriptionEn, @Context Caller caller, @Context Language language)
            throws SQLException {
        Course typed = CourseForms.course(title, audience, description, trainer, format, creditHours, titleEn,
                descriptionEn);
        try {
            desk.change(id, typed, caller);
            return done(id, "changed");
        } catch (Refusal refused) {
            Course shown = typed.stored(id, schedule.course(id, caller).course().status());
            return Response.status(refused.status()).entity(form(shown, CourseForms.errors(refused, messages,
                    language), refused.text(messages, language))).build();
        }
    }

    @POST
    @Path("courses/{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response addSession(@PathParam("id") long id, @FormParam("date") String date,
            @FormParam("start") String start, @FormParam("end") String end, @FormParam("place") String place,
            @FormParam("capacity") String capacity, @FormParam("enrolOpens") String enrolOpens,
            @FormParam("enrolCloses") String enrolCloses, @FormParam("orgLimit") String orgLimit,
            @Context Caller caller, @Context Language language) throws SQLException {
        try {
            desk.addSession(id, CourseForms.plan(date, start, end, place, capacity, enrolOpens, enrolCloses,
                    orgLimit), caller);
            return done(id, "sessionAdded");
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(page(id, CourseForms.typed(date, start, end, place,
                    capacity, enrolOpens, enrolCloses, orgLimit), CourseForms.errors(refused, messages, language),
                    refused.text(messages, language), "", caller)).build();
        }
    }

    @POST
    @Path("courses/{id}/{step:publish|cancel}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response step(@PathParam("id") long id, @PathParam("step") String step, @FormParam("reason") String reason,
            @Context Caller caller, @Context Language language) throws SQLException {
        try {
            if ("publish".equals(step)) {
                desk.publish(id, caller);
                return done(id, "published");
            }
            if (Course.trim(reason).isEmpty()) {
                throw Refusal.invalid("training.error.cancel", Map.of("reason", "training.error.missing"));
            }
            desk.cancel(id, reason, caller);
            return done(id, "cancelled");
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(page(id, CourseForms.blankSession(),
                    CourseForms.errors(refused, messages, language), refused.text(messages, language), "", caller))
                    .build();
        }
    }

    private View form(Course course, Map<String, String> errors, String problem) {
        return View.of("training/desk/course-form", "course", course, "errors", errors, "problem", problem,
                "audiences", TrainingPages.codes(CourseAudience.values()), "formats",
                TrainingPages.codes(CourseFormat.values()));
    }

    private View page(long id, Map<String, String> session, Map<String, String> errors, String problem,
            String notice, Caller caller) throws SQLException {
        Schedule.CourseView view = schedule.course(id, caller);
        return View.of("training/desk/course", "course", view.course(), "sessions", view.sessions(), "session",
                session, "errors", errors, "problem", problem, "notice", notice);
    }

    private static Response done(long courseId, String done) {
        return Response.seeOther(URI.create("/training/desk/courses/" + courseId + "?done=" + done)).build();
    }

    private static List<Course> of(List<Course> all, String status) {
        return all.stream().filter(c -> status.equals(c.status())).toList();
    }
}
