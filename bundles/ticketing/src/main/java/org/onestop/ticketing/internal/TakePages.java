package org.onestop.ticketing.internal;

import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The visitor's pages of the hall: {@code /ticketing} (the services with their queues and the estimated wait, the
 * form that takes a number for today or a later day's morning or afternoon, the visitor's numbers of today),
 * {@code /ticketing/mine} (a signed-in visitor's numbers, history kept) and {@code /ticketing/reception} (a counter
 * clerk takes a number for a visitor at the desk). A refused take is answered with the page and the reason.
 */
@Component(service = TakePages.class, immediate = true)
@ModuleResource
@Path("ticketing")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class TakePages {

    /** A day offered in the form. */
    public record DayChoice(String value, String label, boolean today) {
    }

    private final Dispenser dispenser;
    private final TicketCards cards;
    private final HallHours hours;
    private final Messages messages;

    @Activate
    public TakePages(@Reference Dispenser dispenser, @Reference TicketCards cards, @Reference HallHours hours,
            @Reference Messages messages) {
        this.dispenser = dispenser;
        this.cards = cards;
        this.hours = hours;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View index(@Context Caller caller, @Context Language language) throws SQLException {
        return index(caller, language, "", null);
    }

    @POST
    @Path("take")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(Audience.ANYONE)
    public Response take(@FormParam("serviceId") String serviceId, @FormParam("day") String day,
            @FormParam("window") String window, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            Ticket ticket = dispenser.take(new Dispenser.Asked(id(serviceId), day, null, window), caller);
            return Response.seeOther(URI.create("/ticketing/tickets/" + ticket.accessKey())).build();
        } catch (Refusal refused) {
            Response.ResponseBuilder answer = Response.status(refused.status()).entity(index(caller, language,
                    refused.text(messages, language), id(serviceId)));
            if (refused.retryAfter() != null) {
                answer.header("Retry-After", refused.retryAfter().toSeconds());
            }
            return answer.build();
        }
    }

    @GET
    @Path("mine")
    @Access(Audience.SIGNED_IN)
    public View mine(@Context Caller caller, @Context Language language) throws SQLException {
        return View.of("ticketing/mine", "tickets", cards.mine(caller, language, false));
    }

    @GET
    @Path("reception")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View reception(@Context Language language) throws SQLException {
        return reception(language, null, "");
    }

    @POST
    @Path("reception")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Response receive(@FormParam("serviceId") String serviceId, @Context Caller caller,
            @Context Language language) throws SQLException {
        try {
            Ticket ticket = dispenser.take(new Dispenser.Asked(id(serviceId), null, "reception", null), caller);
            return Response.status(201).entity(reception(language, cards.card(ticket, language), "")).build();
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(reception(language, null, refused.text(messages,
                    language))).build();
        }
    }

    private View reception(Language language, TicketCards.TicketCard taken, String problem) throws SQLException {
        return View.of("ticketing/reception", "services", cards.services(language), "taken", taken == null ? ""
                : taken, "problem", problem, "hall", cards.hallState(language));
    }

    private View index(Caller caller, Language language, String problem, Long chosen) throws SQLException {
        return View.of("ticketing/index", "services", cards.services(language), "days", days(language), "mine",
                cards.mine(caller, language, true), "problem", problem, "chosen", chosen == null ? 0L : chosen,
                "hall", cards.hallState(language), "signedIn", caller.signedIn());
    }

    /** The days a number can be taken for now: today until the hall closes, then the next bookable days. */
    private List<DayChoice> days(Language language) {
        LocalDate today = hours.today();
        LocalTime now = hours.now().atZone(hours.zone()).toLocalTime();
        DateTimeFormatter format = language == Language.EN
                ? DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("M月d日 EEE", Locale.CHINA);
        List<DayChoice> days = new ArrayList<>();
        for (LocalDate day : hours.bookableDays()) {
            boolean isToday = day.equals(today);
            if (isToday && hours.opening(day).map(o -> !now.isBefore(o.closes())).orElse(true)) {
                continue;
            }
            String label = format.format(day);
            days.add(new DayChoice(day.toString(), isToday ? messages.text(language, "ticketing.take.today", label)
                    : label, isToday));
        }
        return days;
    }

    /** A service's id as sent by a form; null when there is none or it is not a number. */
    static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
