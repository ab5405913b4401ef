package org.onestop.ticketing.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
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

/**
 * The counters for clerks and supervisors, as JSON: {@code GET /api/ticketing/counters} and {@code …/{number}}
 * (each counter with {@code open}, {@code mine}, its services with their waiting counts, the {@code current} number
 * and the {@code parked} ones), and the clerk's steps {@code POST …/{number}/open|close} (→ the counter) and
 * {@code …/call-next|recall|no-show|serve|park|finish|transfer|resume} (→ the number concerned; {@code finish}
 * {@code {"note"}}, {@code transfer} {@code {"serviceId"}}, {@code resume} {@code {"ticketId"}}). A step the state
 * does not allow is a 409 problem saying why; call-next with nobody waiting a 404.
 */
@Component(service = CounterApi.class, immediate = true)
@ModuleResource
@Path("api/ticketing/counters")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
public final class CounterApi {

    /** The body of a step: the note of {@code finish}, the service of {@code transfer}, the number of {@code resume}. */
    public record Step(String note, Long serviceId, Long ticketId) {
    }

    private final CounterDesk desk;
    private final CounterMoves moves;
    private final CounterViews views;

    @Activate
    public CounterApi(@Reference CounterDesk desk, @Reference CounterMoves moves, @Reference CounterViews views) {
        this.desk = desk;
        this.moves = moves;
        this.views = views;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public List<Map<String, Object>> counters(@Context Caller caller, @Context Language language)
            throws SQLException {
        return views.all(language, caller);
    }

    @GET
    @Path("{number}")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Map<String, Object> counter(@PathParam("number") int number, @Context Caller caller,
            @Context Language language) throws SQLException {
        return views.one(number, language, caller);
    }

    @POST
    @Path("{number}/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Map<String, Object> step(@PathParam("number") int number, @PathParam("step") String step, Step body,
            @Context Caller caller, @Context Language language) throws SQLException {
        return take(desk, moves, views, number, step, body == null ? new Step(null, null, null) : body, caller,
                language);
    }

    /** A step without a body (call next, recall, …). */
    @POST
    @Path("{number}/{step}")
    @Consumes(MediaType.WILDCARD)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Map<String, Object> bare(@PathParam("number") int number, @PathParam("step") String step,
            @Context Caller caller, @Context Language language) throws SQLException {
        return take(desk, moves, views, number, step, new Step(null, null, null), caller, language);
    }

    /** Takes the step named {@code step} at counter {@code number}; the counter, or the number concerned. */
    static Map<String, Object> take(CounterDesk desk, CounterMoves moves, CounterViews views, int number,
            String step, Step body, Caller caller, Language language) throws SQLException {
        Ticket ticket = switch (step) {
            case "open" -> {
                desk.open(number, caller);
                yield null;
            }
            case "close" -> {
                desk.close(number, caller);
                yield null;
            }
            case "call-next" -> desk.callNext(number, caller);
            case "recall" -> moves.recall(number, caller);
            case "no-show" -> moves.noShow(number, caller);
            case "serve" -> moves.serve(number, caller);
            case "park" -> moves.park(number, caller);
            case "finish" -> moves.finish(number, body.note(), caller);
            case "transfer" -> moves.transfer(number, required(body.serviceId(), "serviceId"), caller);
            case "resume" -> moves.resume(number, required(body.ticketId(), "ticketId"), caller);
            default -> throw new Refusal(404, "ticketing.counter.no-step");
        };
        return ticket == null ? views.one(number, language, caller) : views.ticket(ticket, language);
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw Refusal.invalid("ticketing.counter.choose-" + field, Map.of(field, "ticketing.counter.choose-"
                    + field));
        }
        return value;
    }
}
