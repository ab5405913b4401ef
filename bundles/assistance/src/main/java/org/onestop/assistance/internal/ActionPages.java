package org.onestop.assistance.internal;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /assistance/applications/{tracking}/actions?kind=…}: the officer's page to record a handling action of one
 * kind (the kinds are links at the top), with the fields that kind needs, the public part apart from the internal
 * note; it lists the actions recorded so far. Each problem is shown at its field.
 */
@Component(service = ActionPages.class, immediate = true)
@ModuleResource
@Path("assistance/applications/{tracking}/actions")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
public final class ActionPages {

    private final CaseHandling handling;
    private final Messages messages;

    @Activate
    public ActionPages(@Reference CaseHandling handling, @Reference Messages messages) {
        this.handling = handling;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public View page(@PathParam("tracking") String tracking, @QueryParam("kind") String kind,
            @Context Caller caller) throws SQLException {
        String chosen = Choice.of(ActionKind.class, kind).orElse(ActionKind.CONSULTATION).code();
        return page(tracking, new HandlingAction(chosen, "", "", "", "", "", null), Map.of(), null, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Response record(@PathParam("tracking") String tracking, @FormParam("kind") String kind,
            @FormParam("text") String text, @FormParam("note") String note,
            @FormParam("counterpart") String counterpart, @FormParam("on") String on,
            @FormParam("answerDue") String answerDue, @FormParam("answerOf") Long answerOf, @Context Caller caller,
            @Context Language language) throws SQLException {
        HandlingAction action = new HandlingAction(kind, text, note, counterpart, on, answerDue, answerOf);
        try {
            handling.record(tracking, action, caller);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (Refusal refusal) {
            return Response.status(refusal.status()).entity(page(tracking, action,
                    ApplicationPages.texts(refusal, messages, language), refusal.text(messages, language), caller))
                    .build();
        }
    }

    private View page(String tracking, HandlingAction action, Map<String, String> errors, String problem,
            Caller caller) throws SQLException {
        List<RecordedAction> actions = handling.actions(tracking, caller);
        List<RecordedAction> handOvers = actions.stream()
                .filter(a -> ActionKind.ENFORCEMENT.code().equals(a.kind()) && a.answer() == null).toList();
        String kind = action.actionKind().map(ActionKind::code).orElse(ActionKind.CONSULTATION.code());
        return View.of("assistance/actions", "tracking", tracking, "kind", kind, "kinds",
                Choice.options(ActionKind.values()), "action", action, "actions", actions, "handOvers", handOvers,
                "errors", errors, "problem", problem);
    }
}
