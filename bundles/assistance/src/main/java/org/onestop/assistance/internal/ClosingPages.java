package org.onestop.assistance.internal;

import java.net.URI;
import java.sql.SQLException;
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
 * {@code /assistance/applications/{tracking}/closing}: the officer's page to close a case with an outcome from the
 * list and the closing summary the applicant reads.
 */
@Component(service = ClosingPages.class, immediate = true)
@ModuleResource
@Path("assistance/applications/{tracking}/closing")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
public final class ClosingPages {

    private final CaseHandling handling;
    private final ApplicationIntake intake;
    private final Messages messages;

    @Activate
    public ClosingPages(@Reference CaseHandling handling, @Reference ApplicationIntake intake,
            @Reference Messages messages) {
        this.handling = handling;
        this.intake = intake;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public View page(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return page(tracking, new Closing("", ""), Map.of(), null, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Response close(@PathParam("tracking") String tracking, @FormParam("outcome") String outcome,
            @FormParam("summary") String summary, @Context Caller caller, @Context Language language)
            throws SQLException {
        Closing closing = new Closing(outcome, summary);
        try {
            handling.close(tracking, closing, caller);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (Refusal refusal) {
            return Response.status(refusal.status()).entity(page(tracking, closing,
                    ApplicationPages.texts(refusal, messages, language), refusal.text(messages, language), caller))
                    .build();
        }
    }

    private View page(String tracking, Closing closing, Map<String, String> errors, String problem, Caller caller)
            throws SQLException {
        return View.of("assistance/closing", "application", intake.application(tracking, caller), "outcomes",
                Choice.options(Outcome.values()), "closing", closing, "errors", errors, "problem", problem);
    }
}
