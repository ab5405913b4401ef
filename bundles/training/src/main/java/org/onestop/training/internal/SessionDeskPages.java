package org.onestop.training.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.People;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /training/desk/sessions/{id}}: a session's roll for trainers and supervisors (confirmed, offered with the
 * offer's expiry, the waitlist in order, and those cancelled, lapsed or withdrawn; each named attendee with the person
 * who enrolled them), and {@code …/edit}, the form to change the session.
 */
@Component(service = SessionDeskPages.class, immediate = true)
@ModuleResource
@Path("training/desk/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
public final class SessionDeskPages {

    /** One line of the roll: the enrolment, the person's name, and the named attendee or null. */
    public record Line(Enrolment enrolment, String name, Attendee attendee) {
    }

    private final CourseDesk desk;
    private final Schedule schedule;
    private final Waitlist waitlist;
    private final NamedAttendees named;
    private final Catalogue catalogue;
    private final People people;
    private final CentreZone zone;
    private final Messages messages;

    @Activate
    public SessionDeskPages(@Reference CourseDesk desk, @Reference Schedule schedule, @Reference Waitlist waitlist,
            @Reference NamedAttendees named, @Reference Catalogue catalogue, @Reference People people,
            @Reference CentreZone zone, @Reference Messages messages) {
        this.desk = desk;
        this.schedule = schedule;
        this.waitlist = waitlist;
        this.named = named;
        this.catalogue = catalogue;
        this.people = people;
        this.zone = zone;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public View roll(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        Schedule.Reading reading = schedule.session(id, caller);
        List<Enrolment> roll = waitlist.of(id);
        Map<Long, String> names = catalogue.work().call(tx -> people.names(tx, roll.stream()
                .map(Enrolment::accountId).distinct().toList()));
        Map<Long, Attendee> attendees = named.ofSession(id);
        Map<String, List<Line>> groups = new TreeMap<>();
        for (String group : List.of("confirmed", "offered", "waiting", "ended")) {
            groups.put(group, new ArrayList<>());
        }
        for (Enrolment e : roll) {
            String group = e.active() ? e.status() : "ended";
            groups.get(group).add(new Line(e, names.getOrDefault(e.accountId(), ""), attendees.get(e.id())));
        }
        return View.of("training/desk/roll", "view", reading.view(), "groups", groups);
    }

    @GET
    @Path("edit")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public View editing(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        Schedule.Reading reading = schedule.session(id, caller);
        return form(reading.view(), CourseForms.typed(reading.view().session(), zone.zone()), Map.of(), "");
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response edit(@PathParam("id") long id, @FormParam("date") String date, @FormParam("start") String start,
            @FormParam("end") String end, @FormParam("place") String place, @FormParam("capacity") String capacity,
            @FormParam("enrolOpens") String enrolOpens, @FormParam("enrolCloses") String enrolCloses,
            @FormParam("orgLimit") String orgLimit, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            TrainingSession changed = desk.changeSession(id, CourseForms.plan(date, start, end, place, capacity,
                    enrolOpens, enrolCloses, orgLimit), caller);
            return Response.seeOther(URI.create("/training/desk/courses/" + changed.courseId()
                    + "?done=sessionChanged")).build();
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(form(schedule.session(id, caller).view(),
                    CourseForms.typed(date, start, end, place, capacity, enrolOpens, enrolCloses, orgLimit),
                    CourseForms.errors(refused, messages, language), refused.text(messages, language))).build();
        }
    }

    private static View form(SessionView view, Map<String, String> session, Map<String, String> errors,
            String problem) {
        return View.of("training/desk/session-form", "view", view, "session", session, "errors", errors, "problem",
                problem);
    }
}
