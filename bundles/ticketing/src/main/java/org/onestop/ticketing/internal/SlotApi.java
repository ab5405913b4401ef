package org.onestop.ticketing.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/ticketing/services/{id}/slots?day=yyyy-MM-dd} (the service's id or code), for anyone: the service's appointment slots of the
 * day (today without a day) with the places left, {@code [{"start", "end", "left"}]}; none on a day that cannot be
 * booked (closed, past, too far ahead). 404 for an unknown service, 400 for a day that does not read.
 */
@Component(service = SlotApi.class, immediate = true)
@ModuleResource
@Path("api/ticketing/services/{id}/slots")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class SlotApi {

    /** A slot with the places left. */
    public record Slot(Instant start, Instant end, int left) {

        static Slot of(Appointments.Places places) {
            return new Slot(places.slot().start(), places.slot().end(), places.left());
        }
    }

    private final Appointments appointments;
    private final AppointmentViews views;
    private final HallHours hours;

    @Activate
    public SlotApi(@Reference Appointments appointments, @Reference AppointmentViews views,
            @Reference HallHours hours) {
        this.appointments = appointments;
        this.views = views;
        this.hours = hours;
    }

    @GET
    @Access(Audience.ANYONE)
    public List<Slot> slots(@PathParam("id") String id, @QueryParam("day") String day) throws SQLException {
        LocalDate chosen = AppointmentViews.day(day);
        HallService service = views.service(id).orElseThrow(() -> new Refusal(404, "ticketing.error.service"));
        return appointments.slots(service.id(), chosen == null ? hours.today() : chosen).stream()
                .map(Slot::of).toList();
    }
}
