package org.onestop.ticketing.internal;

import java.net.URI;
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
 * The hall's kiosk ({@code /ticketing/kiosk}): one large button per service with its waiting numbers; a touch takes a
 * number of today and leads to the slip that prints itself, then back here. Numbers are given only to the kiosk's
 * addresses (setting {@code kiosk.addresses}) or a clerk; elsewhere the page says so.
 */
@Component(service = KioskPages.class, immediate = true)
@ModuleResource
@Path("ticketing/kiosk")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class KioskPages {

    private final Dispenser dispenser;
    private final TicketCards cards;
    private final Messages messages;

    @Activate
    public KioskPages(@Reference Dispenser dispenser, @Reference TicketCards cards,
            @Reference Messages messages) {
        this.dispenser = dispenser;
        this.cards = cards;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View kiosk(@Context Caller caller, @Context Language language) throws SQLException {
        return view(caller, language, "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(Audience.ANYONE)
    public Response take(@FormParam("serviceId") String serviceId, @Context Caller caller,
            @Context Language language) throws SQLException {
        try {
            Ticket ticket = dispenser.take(new Dispenser.Asked(TakePages.id(serviceId), null, "kiosk", null), caller);
            return Response.seeOther(URI.create("/ticketing/tickets/" + ticket.accessKey() + "/print?from=kiosk"))
                    .build();
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(view(caller, language, refused.text(messages,
                    language))).build();
        }
    }

    private View view(Caller caller, Language language, String problem) throws SQLException {
        return View.of("ticketing/kiosk", "services", cards.services(language), "problem", problem, "hall",
                cards.hallState(language), "kiosk", dispenser.atKiosk(caller));
    }
}
