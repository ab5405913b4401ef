package org.onestop.ticketing.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.i18n.Language;
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
 * Appointments as JSON, for the signed-in visitor: {@code GET /api/ticketing/appointments} (mine, the latest slot
 * first), {@code POST} {@code {"serviceId" (or "service": its code), "start", "reference"}} (201, the appointment), {@code GET …/{id}},
 * {@code POST …/{id}/change} {@code {"start"}}, {@code …/{id}/cancel}, {@code …/{id}/rebook} {@code {"start"}} (a
 * missed one: 201, the new appointment) and {@code …/{id}/check-in} (online by the visitor, at reception by a counter
 * clerk); {@code POST /api/ticketing/appointments/check-in} {@code {"code"}} for the kiosk (a counter clerk's:
 * reception). A check-in answers {@code {"appointment", "ticket"}}. Refusals are problem documents in the reader's
 * language (404 for another visitor's appointment, 409 for a full slot, a day or time that does not fit, too early
 * or too late).
 */
@Component(service = AppointmentApi.class, immediate = true)
@ModuleResource
@Path("api/ticketing/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.SIGNED_IN)
public final class AppointmentApi {

    /**
     * What a visitor books: the service by {@code serviceId} or by its code {@code service}; {@code start} an ISO
     * instant or the centre's {@code yyyy-MM-ddTHH:mm}.
     */
    public record Booking(Long serviceId, String service, String start, String reference) {
    }

    /** The slot to change or rebook to. */
    public record Slot(String start) {
    }

    /** A check-in code typed at the kiosk. */
    public record Code(String code) {
    }

    /** An appointment checked in and its number. */
    public record CheckedIn(AppointmentViews.Shown appointment, AppointmentViews.Number ticket) {
    }

    private final Appointments appointments;
    private final AppointmentCheckIn checkIn;
    private final AppointmentViews views;

    @Activate
    public AppointmentApi(@Reference Appointments appointments, @Reference AppointmentCheckIn checkIn,
            @Reference AppointmentViews views) {
        this.appointments = appointments;
        this.checkIn = checkIn;
        this.views = views;
    }

    @GET
    @Access(Audience.SIGNED_IN)
    public List<AppointmentViews.Shown> mine(@Context Caller caller, @Context Language language)
            throws SQLException {
        return views.shown(appointments.mine(caller), language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.SIGNED_IN)
    public Response book(Booking body, @Context Caller caller, @Context Language language) throws SQLException {
        Booking booking = body == null ? new Booking(null, null, null, null) : body;
        long serviceId = booking.serviceId() != null ? booking.serviceId() : views.service(booking.service())
                .orElseThrow(() -> Refusal.badRequest("ticketing.appointment.noService")).id();
        Appointment booked = appointments.book(serviceId, views.start(booking.start()), booking.reference(), caller);
        return created(booked, language);
    }

    @GET
    @Path("{id}")
    @Access(Audience.SIGNED_IN)
    public AppointmentViews.Shown one(@PathParam("id") long id, @Context Caller caller, @Context Language language)
            throws SQLException {
        return views.shown(appointments.mine(id, caller), language);
    }

    @POST
    @Path("{id}/change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.SIGNED_IN)
    public AppointmentViews.Shown change(@PathParam("id") long id, Slot body, @Context Caller caller,
            @Context Language language) throws SQLException {
        return views.shown(appointments.change(id, views.start(body == null ? null : body.start()), caller),
                language);
    }

    @POST
    @Path("{id}/cancel")
    @Access(Audience.SIGNED_IN)
    public AppointmentViews.Shown cancel(@PathParam("id") long id, @Context Caller caller,
            @Context Language language) throws SQLException {
        return views.shown(appointments.cancel(id, caller), language);
    }

    @POST
    @Path("{id}/rebook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.SIGNED_IN)
    public Response rebook(@PathParam("id") long id, Slot body, @Context Caller caller, @Context Language language)
            throws SQLException {
        return created(appointments.rebook(id, views.start(body == null ? null : body.start()), caller), language);
    }

    @POST
    @Path("{id}/check-in")
    @Access(Audience.SIGNED_IN)
    public CheckedIn checkIn(@PathParam("id") long id, @Context Caller caller, @Context Language language)
            throws SQLException {
        return checkedIn(checkIn.byId(id, caller), language);
    }

    @POST
    @Path("check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.ANYONE)
    public CheckedIn kiosk(Code body, @Context Caller caller, @Context Language language) throws SQLException {
        return checkedIn(checkIn.byCode(body == null ? null : body.code(), caller), language);
    }

    private CheckedIn checkedIn(AppointmentCheckIn.CheckedIn in, Language language) throws SQLException {
        return new CheckedIn(views.shown(in.appointment(), language), AppointmentViews.Number.of(in.ticket()));
    }

    private Response created(Appointment appointment, Language language) throws SQLException {
        return Response.created(URI.create("/api/ticketing/appointments/" + appointment.id()))
                .entity(views.shown(appointment, language)).build();
    }
}
