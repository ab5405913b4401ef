package org.onestop.ticketing.internal;

import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /ticketing/appointments/new?service=&day=&ref=}: the visitor picks a service (by code or id), a bookable day
 * and a slot with places left, and books it; with {@code change=<id>} the same page moves the visitor's appointment
 * to the slot picked, with {@code rebook=<id>} it rebooks a missed one. The form is sent to the same address; a
 * refusal shows the page again with the reason and the slots as they are now.
 */
@Component(service = AppointmentBookingPages.class, immediate = true)
@ModuleResource
@Path("ticketing/appointments/new")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.SIGNED_IN)
public final class AppointmentBookingPages {

    /** What the page is for: a new booking, or changing or rebooking the appointment {@code id}. */
    public record Purpose(String kind, long id) {

        static Purpose of(String change, String rebook) {
            long changing = number(change);
            long rebooking = number(rebook);
            return changing > 0 ? new Purpose("change", changing) : rebooking > 0 ? new Purpose("rebook", rebooking)
                    : new Purpose("book", 0);
        }

        /** The step done, as the appointment's page says it ({@code ?done=}). */
        String done() {
            return switch (kind) {
                case "change" -> "changed";
                case "rebook" -> "rebooked";
                default -> "booked";
            };
        }

        private static long number(String text) {
            try {
                return text == null || text.isBlank() ? 0 : Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    private final Hall hall;
    private final HallHours hours;
    private final Appointments appointments;
    private final AppointmentViews views;
    private final Messages messages;

    @Activate
    public AppointmentBookingPages(@Reference Hall hall, @Reference HallHours hours,
            @Reference Appointments appointments, @Reference AppointmentViews views, @Reference Messages messages) {
        this.hall = hall;
        this.hours = hours;
        this.appointments = appointments;
        this.views = views;
        this.messages = messages;
    }

    @GET
    @Access(Audience.SIGNED_IN)
    public View page(@QueryParam("service") String service, @QueryParam("day") String day,
            @QueryParam("ref") String ref, @QueryParam("change") String change, @QueryParam("rebook") String rebook,
            @Context Caller caller, @Context Language language) throws SQLException {
        return view(service, AppointmentViews.day(day), ref, Purpose.of(change, rebook), caller, language, "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(Audience.SIGNED_IN)
    public Response book(@FormParam("service") String service, @FormParam("day") String day,
            @FormParam("start") String start, @FormParam("ref") String ref, @FormParam("change") String change,
            @FormParam("rebook") String rebook, @Context Caller caller, @Context Language language)
            throws SQLException {
        Purpose purpose = Purpose.of(change, rebook);
        try {
            Instant at = views.start(start);
            Appointment done = switch (purpose.kind()) {
                case "change" -> appointments.change(purpose.id(), at, caller);
                case "rebook" -> appointments.rebook(purpose.id(), at, caller);
                default -> appointments.book(chosen(service).map(HallService::id).orElse(0L), at, ref, caller);
            };
            return Response.seeOther(URI.create("/ticketing/appointments/" + done.id() + "?done="
                    + purpose.done())).build();
        } catch (Refusal refused) {
            LocalDate chosenDay = null;
            try {
                chosenDay = AppointmentViews.day(day);
            } catch (Refusal unread) {
                // the day is shown afresh
            }
            return Response.status(refused.status()).entity(view(service, chosenDay, ref, purpose, caller, language,
                    refused.text(messages, language))).build();
        }
    }

    private View view(String service, LocalDate day, String ref, Purpose purpose, Caller caller, Language language,
            String problem) throws SQLException {
        List<HallService> services = hall.work().call(hall::services).stream().filter(HallService::active).toList();
        Optional<HallService> chosen = chosen(service);
        AppointmentViews.Shown before = null;
        if (!purpose.kind().equals("book")) {
            before = views.shown(appointments.mine(purpose.id(), caller), language);
            long serviceId = before.service().id();
            chosen = services.stream().filter(s -> s.id() == serviceId).findFirst();
            ref = before.reference();
        }
        List<LocalDate> days = hours.bookableDays();
        LocalDate shown = day != null && days.contains(day) ? day : days.isEmpty() ? null : days.get(0);
        List<SlotApi.Slot> slots = chosen.isEmpty() || shown == null ? List.of()
                : appointments.slots(chosen.get().id(), shown).stream().map(SlotApi.Slot::of).toList();
        return View.of("ticketing/appointment-new", "services", services.stream().map(s -> new AppointmentViews
                .Service(s.id(), s.code(), s.name(language))).toList(), "service", chosen.map(HallService::code)
                        .orElse(""), "days", days, "chosenDay", shown == null ? "" : shown.toString(), "slots", slots,
                "ref", ref == null ? "" : ref, "purpose", purpose, "before", before == null ? "" : before,
                "problem", problem);
    }

    private Optional<HallService> chosen(String service) throws SQLException {
        return views.service(service);
    }
}
