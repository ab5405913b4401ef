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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
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
 * {@code /api/ratings}: the applicant's invitations and ratings, the supervisors' follow-ups of bad reviews and the
 * month's satisfaction, as JSON; the public satisfaction per service when the setting allows it.
 */
@Component(service = RatingsApi.class, immediate = true)
@ModuleResource
@Path("api/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class RatingsApi {

    static final String TRACKING = "{tracking: [A-Z]{2,6}-[0-9]{4}-[0-9]{6}}";

    /** A rating as sent: {@code {"level", "dimensions": {code: level}, "comment"}}. */
    public record Body(String level, Map<String, String> dimensions, String comment) {
    }

    /** A supervisor's answer: {@code {"response"}}. */
    public record Answer(String response) {
    }

    private final RatingDesk desk;
    private final SatisfactionBoard board;
    private final Messages messages;

    @Activate
    public RatingsApi(@Reference RatingDesk desk, @Reference SatisfactionBoard board, @Reference Messages messages) {
        this.desk = desk;
        this.board = board;
        this.messages = messages;
    }

    /** The caller's invitations, those still to rate first, and the five levels. */
    @GET
    @Path("mine")
    @Access(Audience.INNOVATOR)
    public Map<String, Object> mine(@Context Caller caller, @Context Language language) throws SQLException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", desk.mine(caller).stream().map(r -> RatingJson.of(r, messages, language, false, desk.today())).toList());
        json.put("levels", RatingJson.levels(messages, language));
        return json;
    }

    @GET
    @Path(TRACKING)
    @Access(Audience.INNOVATOR)
    public Map<String, Object> rating(@PathParam("tracking") String tracking, @Context Caller caller,
            @Context Language language) throws SQLException {
        return RatingJson.of(desk.own(tracking, caller), messages, language, false, desk.today());
    }

    /** Rates the case once: 201; 404 for anyone but its applicant, 409 a second time, 422 with the fields. */
    @POST
    @Path(TRACKING)
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.INNOVATOR)
    public Response rate(@PathParam("tracking") String tracking, Body body, @Context Caller caller,
            @Context Language language) throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("ratings.error.body");
        }
        Rating rated = desk.rate(tracking, new RatingForm(body.level(), body.dimensions(), body.comment()), caller);
        return Response.created(URI.create("/api/ratings/" + tracking))
                .entity(RatingJson.of(rated, messages, language, false, desk.today())).build();
    }

    /** Bad reviews: {@code state=open} (default, by due date) or {@code answered}. */
    @GET
    @Path("follow-ups")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public List<Map<String, Object>> followUps(@QueryParam("state") String state, @Context Language language)
            throws SQLException {
        return desk.followUps(!"answered".equals(state)).stream()
                .map(r -> RatingJson.of(r, messages, language, true, desk.today())).toList();
    }

    @GET
    @Path("follow-ups/" + TRACKING)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Map<String, Object> followUp(@PathParam("tracking") String tracking, @Context Language language)
            throws SQLException {
        return RatingJson.of(desk.followUp(tracking), messages, language, true, desk.today());
    }

    /** Answers a bad review in writing, which closes its follow-up. */
    @POST
    @Path("follow-ups/" + TRACKING)
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Map<String, Object> answer(@PathParam("tracking") String tracking, Answer body,
            @Context Caller caller, @Context Language language) throws SQLException {
        Rating answered = desk.answer(tracking, body == null ? null : body.response(), caller);
        return RatingJson.of(answered, messages, language, true, desk.today());
    }

    /** The month's satisfaction ({@code month=YYYY-MM}, default this month) by module and staff member. */
    @GET
    @Path("statistics")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Map<String, Object> statistics(@QueryParam("month") String month, @Context Language language)
            throws SQLException {
        return board.json(board.month(month), language);
    }

    /** This month's satisfaction per service, for anyone, when {@code public_satisfaction} is on (404 otherwise). */
    @GET
    @Path("satisfaction")
    @Access(Audience.ANYONE)
    public Map<String, Object> satisfaction(@Context Language language) throws SQLException {
        return board.published(language).orElseThrow(() -> new Refusal(404, "ratings.refused.notPublished"));
    }
}
