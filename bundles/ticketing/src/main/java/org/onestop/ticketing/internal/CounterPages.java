package org.onestop.ticketing.internal;

import java.net.URI;
import java.sql.SQLException;
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

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The clerk's pages: {@code /ticketing/counters} (choose a counter) and {@code /ticketing/counters/{number}} (the
 * number at the counter with a large button for every step, the parked numbers, the waiting counts of its services;
 * kept live by {@code counter.js}). Each step is a form posted to {@code …/{number}/{step}}, answered by the page
 * again, with the reason in words when the step is refused.
 */
@Component(service = CounterPages.class, immediate = true)
@ModuleResource
@Path("ticketing/counters")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
public final class CounterPages {

    private final CounterDesk desk;
    private final CounterMoves moves;
    private final CounterViews views;
    private final Hall hall;
    private final Messages messages;

    @Activate
    public CounterPages(@Reference CounterDesk desk, @Reference CounterMoves moves, @Reference CounterViews views,
            @Reference Hall hall, @Reference Messages messages) {
        this.desk = desk;
        this.moves = moves;
        this.views = views;
        this.hall = hall;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View list(@Context Caller caller, @Context Language language) throws SQLException {
        return View.of("ticketing/counters", "counters", views.all(language, caller));
    }

    @GET
    @Path("{number}")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View counter(@PathParam("number") int number, @Context Caller caller, @Context Language language)
            throws SQLException {
        return page(number, "", caller, language);
    }

    @POST
    @Path("{number}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Response step(@PathParam("number") int number, @PathParam("step") String step,
            @FormParam("note") String note, @FormParam("serviceId") Long serviceId,
            @FormParam("ticketId") Long ticketId, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            CounterApi.take(desk, moves, views, number, step, new CounterApi.Step(note, serviceId, ticketId), caller,
                    language);
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(page(number, refused.text(messages, language), caller,
                    language)).build();
        }
        return Response.seeOther(URI.create("/ticketing/counters/" + number)).build();
    }

    private View page(int number, String problem, Caller caller, Language language) throws SQLException {
        Map<String, Object> counter = views.one(number, language, caller);
        List<Map<String, Object>> services = hall.work().call(hall::services).stream().filter(HallService::active)
                .map(s -> Map.<String, Object>of("id", s.id(), "name", s.name(language))).toList();
        return View.of("ticketing/counter", "counter", counter, "services", services, "problem", problem);
    }
}
