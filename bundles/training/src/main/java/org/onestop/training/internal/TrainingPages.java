package org.onestop.training.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * {@code /training}: the public catalogue with its filters and search, a session's page with its places left and
 * the reader's enrolment (enrol, cancel, confirm an offered place), and an innovator's own enrolments. A refused
 * filter or step comes back on the page with the reason in the reader's language.
 */
@Component(service = TrainingPages.class, immediate = true)
@ModuleResource
@Path("training")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class TrainingPages {

    private static final List<String> DONE = List.of("enrolled", "waiting", "cancelled", "confirmed");

    private final Schedule schedule;
    private final Waitlist waitlist;
    private final Messages messages;
    private final NamedAttendees named;

    @Activate
    public TrainingPages(@Reference Schedule schedule, @Reference Waitlist waitlist, @Reference Messages messages,
            @Reference NamedAttendees named) {
        this.schedule = schedule;
        this.waitlist = waitlist;
        this.messages = messages;
        this.named = named;
    }

    @GET
    @Access(Audience.ANYONE)
    public Response catalogue(@QueryParam("audience") String audience, @QueryParam("format") String format,
            @QueryParam("month") String month, @QueryParam("seats") String seats, @QueryParam("q") String q,
            @QueryParam("page") String page, @Context Caller caller, @Context Language language)
            throws SQLException {
        Map<String, Object> form = Map.of("audience", Course.trim(audience), "format", Course.trim(format), "month",
                Course.trim(month), "seats", seats != null && !seats.isBlank(), "q", Course.trim(q));
        try {
            CatalogueQuery query = CatalogueQuery.read(audience, format, month, seats, q, page);
            return Response.ok(catalogueView(form, schedule.find(query), query.base(), "", caller)).build();
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(catalogueView(form, null, "/training?", refused.text(
                    messages, language), caller)).build();
        }
    }

    @GET
    @Path("sessions/{id}")
    @Access(Audience.ANYONE)
    public View session(@PathParam("id") long id, @QueryParam("done") String done, @Context Caller caller)
            throws SQLException {
        return sessionView(id, caller, "", done != null && DONE.contains(done) ? "training.done." + done : "");
    }

    @POST
    @Path("sessions/{id}/enrol")
    @Access(Audience.INNOVATOR)
    public Response enrol(@PathParam("id") long id, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            Enrolment enrolment = waitlist.enrol(id, caller);
            return back(id, Enrolment.WAITING.equals(enrolment.status()) ? "waiting" : "enrolled");
        } catch (Refusal refused) {
            return refusedOn(id, refused, caller, language);
        }
    }

    @POST
    @Path("enrolments/{id}/{step:cancel|confirm}")
    @Access(Audience.INNOVATOR)
    public Response step(@PathParam("id") long id, @PathParam("step") String step, @Context Caller caller,
            @Context Language language) throws SQLException {
        Enrolment enrolment = waitlist.mine(caller).stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new Refusal(404, "training.refused.noEnrolment"));
        try {
            if ("cancel".equals(step)) {
                waitlist.cancel(id, caller);
                return back(enrolment.sessionId(), "cancelled");
            }
            waitlist.confirm(id, caller);
            return back(enrolment.sessionId(), "confirmed");
        } catch (Refusal refused) {
            return refusedOn(enrolment.sessionId(), refused, caller, language);
        }
    }

    @GET
    @Path("mine")
    @Access(Audience.INNOVATOR)
    public View mine(@Context Caller caller) throws SQLException {
        List<Schedule.Reading> readings = new ArrayList<>();
        for (Enrolment e : waitlist.mine(caller)) {
            Schedule.Reading reading = schedule.session(e.sessionId(), caller);
            readings.add(new Schedule.Reading(reading.view(), e));
        }
        return View.of("training/mine", "readings", readings, "names", names(named.of(caller)));
    }

    private View catalogueView(Map<String, Object> form, Schedule.Found found, String base, String problem,
            Caller caller) {
        return View.of("training/catalogue", "form", form, "found", found, "base", base, "problem", problem,
                "audiences", codes(CourseAudience.values()), "formats", codes(CourseFormat.values()), "innovator",
                caller.innovator(), "trains", caller.staff() && Schedule.trains(caller), "statistics",
                caller.staff() && (caller.has(Role.TRAINER) || caller.has(Role.SUPERVISOR)));
    }

    private View sessionView(long id, Caller caller, String problem, String notice) throws SQLException {
        Schedule.Reading reading = schedule.session(id, caller);
        return View.of("training/session", "view", reading.view(), "mine", reading.mine(), "problem", problem,
                "notice", notice, "signedIn", caller.signedIn(), "innovator", caller.innovator(), "cutoffHours",
                waitlist.config().cancel_cutoff_hours(), "organisation", caller.innovator()
                && caller.organisationId() != null);
    }

    private Response refusedOn(long sessionId, Refusal refused, Caller caller, Language language)
            throws SQLException {
        return Response.status(refused.status()).entity(sessionView(sessionId, caller, refused.text(messages,
                language), "")).build();
    }

    private static Response back(long sessionId, String done) {
        return Response.seeOther(URI.create("/training/sessions/" + sessionId + "?done=" + done)).build();
    }

    static List<String> codes(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> v instanceof CourseAudience a ? a.code()
                : ((CourseFormat) v).code()).toList();
    }

    /** The named attendees by enrolment number as text, for templates. */
    private static Map<String, Attendee> names(Map<Long, Attendee> byId) {
        Map<String, Attendee> names = new java.util.LinkedHashMap<>();
        byId.forEach((id, attendee) -> names.put(Long.toString(id), attendee));
        return names;
    }
}
