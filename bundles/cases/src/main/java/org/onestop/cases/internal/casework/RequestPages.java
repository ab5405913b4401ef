package org.onestop.cases.internal.casework;

import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Move;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.onestop.cases.internal.cases.CaseEngine;
import org.onestop.cases.internal.notification.NotificationInbox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The applicant's requests: {@code /requests} lists every case of mine across modules (public status, what is
 * expected of me now) with a lookup by tracking number that never tells whether another's case exists;
 * {@code /requests/{tracking}} shows one in public terms with the moves the applicant may take and the upload form.
 */
@Component(service = RequestPages.class, immediate = true)
@ModuleResource
@Path("requests")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class RequestPages {

    private static final String TEMPLATE = "requests/case";

    private final MyRequests requests;
    private final CaseEngine engine;
    private final CaseSheets sheets;
    private final Messages messages;
    private final NotificationInbox inbox;

    @Activate
    public RequestPages(@Reference MyRequests requests, @Reference CaseEngine engine, @Reference CaseSheets sheets,
            @Reference Messages messages, @Reference NotificationInbox inbox) {
        this.requests = requests;
        this.engine = engine;
        this.sheets = sheets;
        this.messages = messages;
        this.inbox = inbox;
    }

    @GET
    public Response list(@QueryParam("number") String number, @Context Caller caller, @Context Language language)
            throws SQLException {
        Map<String, Object> model = new HashMap<>();
        model.put("number", number == null ? "" : number.strip());
        model.put("rows", requests.of(caller, language));
        if (number == null || number.isBlank()) {
            return Response.ok(new View("requests/list", model)).build();
        }
        Optional<String> tracking = TrackingNumber.parse(number);
        if (tracking.isEmpty()) {
            model.put("problem", messages.text(language, "casework.lookup.format", number.strip()));
            return Response.status(Response.Status.BAD_REQUEST).entity(new View("requests/list", model)).build();
        }
        if (sheets.find(tracking.get(), caller).isPresent()) {
            return Response.seeOther(URI.create("/requests/" + tracking.get())).build();
        }
        model.put("problem", messages.text(language, "casework.lookup.none", tracking.get()));
        return Response.status(Response.Status.NOT_FOUND).entity(new View("requests/list", model)).build();
    }

    /** One request's page; the applicant's notifications that lead to it are read once it is open. */
    @GET
    @Path("{tracking}")
    public View request(@PathParam("tracking") String tracking, @QueryParam("notice") String notice,
            @Context Caller caller, @Context Language language) throws SQLException {
        View page = CasePage.view(TEMPLATE, sheets, tracking, caller, language, notice, null, file -> Map.of());
        inbox.markCaseRead(caller.accountId(), TrackingNumber.parse(tracking).orElseThrow(NotFoundException::new));
        return page;
    }

    @POST
    @Path("{tracking}/moves")
    public Response move(@PathParam("tracking") String tracking, @FormParam("transition") String transition,
            @FormParam("comment") String comment, @FormParam("confirmed") String confirmed,
            @Context Caller caller, @Context Language language) throws SQLException {
        String number = TrackingNumber.parse(tracking).orElseThrow(NotFoundException::new);
        return CasePage.change("/requests/" + number, "moved", () -> {
            if (transition == null || transition.isBlank()) {
                throw new CaseRefusal(422, "casework.refused.transition");
            }
            sheets.requireConfirmation(tracking, transition.strip(), confirmed, caller);
            engine.move(number, new Move(transition.strip(), comment == null || comment.isBlank() ? null
                    : comment.strip(), List.of()), caller);
        }, messages, language, TEMPLATE, sheets, tracking, caller, file -> Map.of());
    }

}
