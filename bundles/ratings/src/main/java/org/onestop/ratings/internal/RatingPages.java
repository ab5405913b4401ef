package org.onestop.ratings.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The pages of service ratings: {@code /ratings} (what a rating is; the reader's invitations; the links of
 * supervisors; this month's satisfaction per service when published), {@code /ratings/{tracking}} where the
 * applicant rates a closed case once and reads the answer to a bad review, and the supervisors' follow-ups and
 * statistics. A refused form comes back with each field's problem in place.
 */
@Component(service = RatingPages.class, immediate = true)
@ModuleResource
@Path("ratings")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class RatingPages {

    private final RatingDesk desk;
    private final SatisfactionBoard board;
    private final Messages messages;

    @Activate
    public RatingPages(@Reference RatingDesk desk, @Reference SatisfactionBoard board, @Reference Messages messages) {
        this.desk = desk;
        this.board = board;
        this.messages = messages;
    }

    /** The page where the applicant rates the case {@code trackingNumber}. */
    static String link(String trackingNumber) {
        return "/ratings/" + trackingNumber;
    }

    @GET
    @Access(Audience.ANYONE)
    public View home(@Context Caller caller, @Context Language language) throws SQLException {
        return View.of("ratings/home", "ratings", caller.innovator() ? desk.mine(caller) : List.of(),
                "innovator", caller.innovator(), "supervisor", caller.staff() && caller.has(Role.SUPERVISOR),
                "levels", Level.values(), "published", board.published(language).orElse(null),
                "followUpDays", desk.followUpDays());
    }

    @GET
    @Path(RatingsApi.TRACKING)
    @Access(Audience.INNOVATOR)
    public View rating(@PathParam("tracking") String tracking, @QueryParam("done") String done,
            @Context Caller caller) throws SQLException {
        return ratingPage(desk.own(tracking, caller), new RatingForm(null, Map.of(), ""), Map.of(), null,
                done != null);
    }

    @POST
    @Path(RatingsApi.TRACKING)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(Audience.INNOVATOR)
    public Response rate(@PathParam("tracking") String tracking, MultivaluedMap<String, String> fields,
            @Context Caller caller, @Context Language language) throws SQLException {
        Map<String, String> dimensions = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("dimension.") && !values.isEmpty()) {
                dimensions.put(name.substring("dimension.".length()), values.get(0));
            }
        });
        RatingForm form = new RatingForm(fields.getFirst("level"), dimensions, fields.getFirst("comment"));
        try {
            desk.rate(tracking, form, caller);
            return Response.seeOther(URI.create(link(tracking) + "?done=1")).build();
        } catch (Refusal refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(ratingPage(desk.own(tracking, caller), form,
                    texts(refusal, language), refusal.text(messages, language), false)).build();
        }
    }

    @GET
    @Path("follow-ups")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View followUps() throws SQLException {
        return View.of("ratings/follow-ups", "open", desk.followUps(true), "answered", desk.followUps(false),
                "today", desk.today(), "followUpDays", desk.followUpDays());
    }

    @GET
    @Path("follow-ups/" + RatingsApi.TRACKING)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View followUp(@PathParam("tracking") String tracking, @QueryParam("done") String done)
            throws SQLException {
        return View.of("ratings/follow-up", "rating", desk.followUp(tracking), "response", "", "errors", Map.of(),
                "problem", null, "notice", done != null ? "ratings.followUp.answered" : "");
    }

    @POST
    @Path("follow-ups/" + RatingsApi.TRACKING)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response answer(@PathParam("tracking") String tracking, @FormParam("response") String response,
            @Context Caller caller, @Context Language language) throws SQLException {
        try {
            desk.answer(tracking, response, caller);
            return Response.seeOther(URI.create("/ratings/follow-ups/" + tracking + "?done=1")).build();
        } catch (Refusal refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(View.of("ratings/follow-up", "rating",
                    desk.followUp(tracking), "response", response == null ? "" : response, "errors",
                    texts(refusal, language), "problem", refusal.text(messages, language), "notice", "")).build();
        }
    }

    @GET
    @Path("statistics")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View statistics(@QueryParam("month") String month, @Context Language language) throws SQLException {
        Satisfaction satisfaction = board.month(month);
        Map<String, String> titles = new LinkedHashMap<>();
        satisfaction.modules().forEach(g -> titles.put(g.module(), board.title(g.module(), language)));
        return View.of("ratings/statistics", "s", satisfaction, "titles", titles, "levels", Level.values());
    }

    private View ratingPage(Rating rating, RatingForm form, Map<String, String> errors, String problem,
            boolean done) {
        return View.of("ratings/rate", "rating", rating, "form", form, "levels", Level.values(), "errors", errors,
                "problem", problem, "notice", done ? "ratings.rate.thanks" : "");
    }

    private Map<String, String> texts(Refusal refusal, Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        refusal.fields().forEach((field, key) -> texts.put(field, messages.text(language, key)));
        return texts;
    }
}
