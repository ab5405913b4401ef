package org.onestop.ticketing.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.PublicAddress;
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
 * The visitor's appointment pages: {@code /ticketing/appointments} (mine, upcoming and past, with their status) and
 * {@code /ticketing/appointments/{id}} (the details, the check-in code with its QR code, and the steps open now:
 * check in online, change, cancel, rebook a missed one), its forms ({@code …/{id}/cancel}, {@code …/{id}/check-in})
 * and its calendar file ({@code …/{id}/appointment.ics}). Another visitor's appointment is 404. A refused step shows
 * the appointment again with the reason.
 */
@Component(service = AppointmentPages.class, immediate = true)
@ModuleResource
@Path("ticketing/appointments")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.SIGNED_IN)
public final class AppointmentPages {

    /** The steps whose success a page says (`?done=`). */
    static final Set<String> DONE = Set.of("booked", "changed", "cancelled", "checked-in", "rebooked");

    private final Appointments appointments;
    private final AppointmentCheckIn checkIn;
    private final AppointmentViews views;
    private final Messages messages;
    private final PublicAddress address;
    private final HallHours hours;

    @Activate
    public AppointmentPages(@Reference Appointments appointments, @Reference AppointmentCheckIn checkIn,
            @Reference AppointmentViews views, @Reference Messages messages, @Reference PublicAddress address,
            @Reference HallHours hours) {
        this.appointments = appointments;
        this.checkIn = checkIn;
        this.views = views;
        this.messages = messages;
        this.address = address;
        this.hours = hours;
    }

    @GET
    @Access(Audience.SIGNED_IN)
    public View mine(@Context Caller caller, @Context Language language) throws SQLException {
        List<AppointmentViews.Shown> all = views.shown(appointments.mine(caller), language);
        return View.of("ticketing/appointments", "upcoming", all.stream().filter(AppointmentViews.Shown::upcoming)
                .sorted((a, b) -> a.start().compareTo(b.start())).toList(), "past", all.stream()
                        .filter(a -> !a.upcoming()).toList());
    }

    @GET
    @Path("{id}")
    @Access(Audience.SIGNED_IN)
    public View one(@PathParam("id") long id, @QueryParam("done") String done, @Context Caller caller,
            @Context Language language) throws SQLException {
        return view(appointments.mine(id, caller), language, "", done != null && DONE.contains(done)
                ? "ticketing.appointment.done." + done : "");
    }

    @POST
    @Path("{id}/cancel")
    @Access(Audience.SIGNED_IN)
    public Response cancel(@PathParam("id") long id, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            appointments.cancel(id, caller);
            return done(id, "cancelled");
        } catch (Refusal refused) {
            return refused(id, refused, caller, language);
        }
    }

    @POST
    @Path("{id}/check-in")
    @Access(Audience.SIGNED_IN)
    public Response checkIn(@PathParam("id") long id, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            checkIn.byId(id, caller);
            return done(id, "checked-in");
        } catch (Refusal refused) {
            return refused(id, refused, caller, language);
        }
    }

    @GET
    @Path("{id}/appointment.ics")
    @Produces(AppointmentCalendar.MEDIA_TYPE)
    @Access(Audience.SIGNED_IN)
    public Response calendar(@PathParam("id") long id, @Context Caller caller, @Context Language language)
            throws SQLException {
        Appointment appointment = appointments.mine(id, caller);
        AppointmentViews.Shown shown = views.shown(appointment, language);
        String page = address.url() + "/ticketing/appointments/" + id;
        String ics = AppointmentCalendar.of(appointment, shown.service().name(), messages.text(language,
                "ticketing.appointment.place"), messages.text(language, "ticketing.appointment.codeLine",
                        appointment.code()), page, hours.now());
        return Response.ok(ics, AppointmentCalendar.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"appointment-" + id + ".ics\"").header("Cache-Control", "private, no-store")
                .build();
    }

    private Response refused(long id, Refusal refused, Caller caller, Language language) throws SQLException {
        return Response.status(refused.status()).entity(view(appointments.mine(id, caller), language,
                refused.text(messages, language), "")).build();
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/ticketing/appointments/" + id + "?done=" + what)).build();
    }

    private View view(Appointment appointment, Language language, String problem, String notice)
            throws SQLException {
        QrPicture qr = QrPicture.of(appointment.code());
        return View.of("ticketing/appointment", "a", views.shown(appointment, language), "qrPath", qr.path(),
                "qrSize", qr.size(), "problem", problem, "notice", notice);
    }
}
