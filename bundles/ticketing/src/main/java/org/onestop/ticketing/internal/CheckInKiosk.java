package org.onestop.ticketing.internal;

import java.sql.SQLException;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /ticketing/kiosk/check-in}: the kiosk's page where a visitor with an appointment types its short check-in
 * code or holds its QR code to the camera (where the browser can read barcodes), with large targets; checked in, the
 * page shows the number taken in large type, else the reason in large words. A counter clerk at reception uses the
 * same page (the number's channel is then reception).
 */
@Component(service = CheckInKiosk.class, immediate = true)
@ModuleResource
@Path("ticketing/kiosk/check-in")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class CheckInKiosk {

    private final AppointmentCheckIn checkIn;
    private final Messages messages;

    @Activate
    public CheckInKiosk(@Reference AppointmentCheckIn checkIn, @Reference Messages messages) {
        this.checkIn = checkIn;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View page() {
        return View.of("ticketing/kiosk-check-in", "done", "", "problem", "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(Audience.ANYONE)
    public Response read(@FormParam("code") String code, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            AppointmentCheckIn.CheckedIn in = checkIn.byCode(code, caller);
            return Response.ok(View.of("ticketing/kiosk-check-in", "done", in.ticket().number(), "service",
                    in.service().name(language), "problem", "")).build();
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(View.of("ticketing/kiosk-check-in", "done", "",
                    "problem", refused.text(messages, language))).build();
        }
    }
}
