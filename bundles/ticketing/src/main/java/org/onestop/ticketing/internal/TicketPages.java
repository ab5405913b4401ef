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
 * A ticket by the secret key of its link: {@code /ticketing/tickets/{key}} (the number, its service and status, the
 * position and estimated wait kept live by {@code ticket.js} from the board's events, the counter when called, the
 * cancel button while it waits; a past day's ticket shows how it ended), {@code …/print} (a slip for the kiosk's
 * thermal printer, 80 mm or {@code ?width=58}, that prints itself) and {@code …/cancel}. Whoever holds the link
 * holds the ticket.
 */
@Component(service = TicketPages.class, immediate = true)
@ModuleResource
@Path("ticketing/tickets/{key}")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class TicketPages {

    private final Dispenser dispenser;
    private final TicketCards cards;
    private final Messages messages;

    @Activate
    public TicketPages(@Reference Dispenser dispenser, @Reference TicketCards cards, @Reference Messages messages) {
        this.dispenser = dispenser;
        this.cards = cards;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public Response ticket(@PathParam("key") String key, @QueryParam("cancelled") String cancelled,
            @Context Language language) throws SQLException {
        return page(ticketView(cards.card(key, language), cancelled != null ? "ticketing.take.cancelledNotice"
                : "", ""));
    }

    @GET
    @Path("print")
    @Access(Audience.ANYONE)
    public Response print(@PathParam("key") String key, @QueryParam("width") String width,
            @QueryParam("from") String from, @Context Language language) throws SQLException {
        return page(View.of("ticketing/print", "ticket", cards.card(key, language), "narrow", "58".equals(width),
                "back", "kiosk".equals(from) ? "/ticketing/kiosk" : ""));
    }

    @POST
    @Path("cancel")
    @Access(Audience.ANYONE)
    public Response cancel(@PathParam("key") String key, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            Ticket ticket = dispenser.cancel(key, caller);
            return Response.seeOther(URI.create("/ticketing/tickets/" + ticket.accessKey() + "?cancelled"))
                    .build();
        } catch (Refusal refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return Response.status(refused.status()).entity(ticketView(cards.card(key, language), "",
                    refused.text(messages, language))).header("Cache-Control", "private, no-store").build();
        }
    }

    private static View ticketView(TicketCards.TicketCard card, String notice, String problem) {
        return View.of("ticketing/ticket", "ticket", card, "notice", notice, "problem", problem);
    }

    /**
     * A ticket's page is never kept by shared caches: its link is its secret (which the hall's standing
     * {@code Referrer-Policy: same-origin} sends to no other site; {@code no-referrer} would also make the browser
     * send its cancel form with {@code Origin: null}, refused as from another site).
     */
    private static Response page(View view) {
        return Response.ok(view).header("Cache-Control", "private, no-store").build();
    }
}
