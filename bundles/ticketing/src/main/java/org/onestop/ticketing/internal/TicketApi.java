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
 * {@code /api/ticketing}: the hall's services with their queues ({@code GET services}), taking a number
 * ({@code POST tickets}: {@code serviceId}, optional {@code day}, {@code channel} and {@code window}; 201 the ticket),
 * a ticket by the key of its link and its cancellation while it waits. Refusals are problem documents.
 */
@Component(service = TicketApi.class, immediate = true)
@ModuleResource
@Path("api/ticketing")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class TicketApi {

    private final Dispenser dispenser;
    private final TicketCards cards;

    @Activate
    public TicketApi(@Reference Dispenser dispenser, @Reference TicketCards cards) {
        this.dispenser = dispenser;
        this.cards = cards;
    }

    @GET
    @Path("services")
    @Access(Audience.ANYONE)
    public List<TicketCards.ServiceLine> services(@Context Language language) throws SQLException {
        return cards.services(language);
    }

    @POST
    @Path("tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.ANYONE)
    public Response take(Dispenser.Asked body, @Context Caller caller, @Context Language language)
            throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("ticketing.take.noServiceChosen");
        }
        Ticket ticket = dispenser.take(body, caller);
        return Response.created(URI.create("/api/ticketing/tickets/" + ticket.accessKey()))
                .entity(cards.card(ticket, language)).build();
    }

    @GET
    @Path("tickets/{key}")
    @Access(Audience.ANYONE)
    public Response ticket(@PathParam("key") String key, @Context Language language) throws SQLException {
        return Response.ok(cards.card(key, language)).header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("tickets/{key}/cancel")
    @Access(Audience.ANYONE)
    public TicketCards.TicketCard cancel(@PathParam("key") String key, @Context Caller caller,
            @Context Language language) throws SQLException {
        return cards.card(dispenser.cancel(key, caller), language);
    }
}
