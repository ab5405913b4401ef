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
 * {@code /training/sessions/{id}/attendees}: the page where an innovator of an organisation enrols its people by name
 * (name, and email and/or phone for the ticket), with those they enrolled in the session and a button to cancel
 * each. A refused form comes back with each field's problem in place.
 */
@Component(service = AttendeePages.class, immediate = true)
@ModuleResource
@Path("training/sessions/{id}/attendees")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class AttendeePages {

    private static final List<String> DONE = List.of("enrolled", "waiting");

    private final Schedule schedule;
    private final Waitlist waitlist;
    private final NamedAttendees named;
    private final Messages messages;

    @Activate
    public AttendeePages(@Reference Schedule schedule, @Reference Waitlist waitlist, @Reference NamedAttendees named,
            @Reference Messages messages) {
        this.schedule = schedule;
        this.waitlist = waitlist;
        this.named = named;
        this.messages = messages;
    }

    @GET
    @Access(Audience.INNOVATOR)
    public View page(@PathParam("id") long id, @QueryParam("done") String done, @Context Caller caller)
            throws SQLException {
        String notice = done != null && DONE.contains(done) ? "training.attendees.done." + done : "";
        return view(id, new Attendee("", "", ""), Map.of(), "", notice, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(Audience.INNOVATOR)
    public Response enrol(@PathParam("id") long id, @FormParam("name") String name, @FormParam("email") String email,
            @FormParam("phone") String phone, @Context Caller caller, @Context Language language)
            throws SQLException {
        Attendee attendee = new Attendee(name, email, phone);
        try {
            Enrolment enrolment = named.enrol(id, attendee, caller).enrolment();
            return Response.seeOther(URI.create("/training/sessions/" + id + "/attendees?done="
                    + (Enrolment.WAITING.equals(enrolment.status()) ? "waiting" : "enrolled"))).build();
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(view(id, attendee, CourseForms.errors(refused, messages,
                    language), refused.text(messages, language), "", caller)).build();
        }
    }

    private View view(long id, Attendee form, Map<String, String> errors, String problem, String notice,
            Caller caller) throws SQLException {
        Schedule.Reading reading = schedule.session(id, caller);
        return View.of("training/attendees", "view", reading.view(), "listed", named.inSession(id, caller,
                waitlist.mine(caller)), "form", form, "errors", errors, "problem", problem, "notice", notice,
                "organisation", caller.organisationId() != null);
    }
}
