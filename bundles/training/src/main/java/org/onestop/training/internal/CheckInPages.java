package org.onestop.training.internal;

import java.sql.SQLException;

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
 * The trainer's page at the door of a session ({@code /training/desk/sessions/{id}/check-in}), made for a phone: the
 * camera reads a ticket's QR code where the browser can detect barcodes, or the code is typed or pasted; the answer
 * comes back in large words, the holder's name when let in or the reason when not ({@link CheckInDesk}).
 */
@Component(service = CheckInPages.class, immediate = true)
@ModuleResource
@Path("training/desk/sessions/{id}/check-in")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
public final class CheckInPages {

    private final CheckInDesk desk;
    private final Catalogue catalogue;
    private final Messages messages;

    @Activate
    public CheckInPages(@Reference CheckInDesk desk, @Reference Catalogue catalogue, @Reference Messages messages) {
        this.desk = desk;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public View page(@PathParam("id") long id) throws SQLException {
        return view(desk.session(id), null, "", "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response read(@PathParam("id") long id, @FormParam("code") String code, @Context Caller caller,
            @Context Language language) throws SQLException {
        CheckInDesk.Answer answer;
        try {
            answer = desk.read(id, code, caller);
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(view(desk.session(id), null, "", refused.text(
                    messages, language))).build();
        }
        return Response.status(answer.status()).entity(view(desk.session(id), answer, Refusal.text(messages,
                language, answer.key(), answer.arguments()), "")).build();
    }

    private View view(TrainingSession session, CheckInDesk.Answer answer, String detail, String problem)
            throws SQLException {
        Course course = catalogue.work().call(tx -> catalogue.course(tx, session.courseId())).orElseThrow();
        return View.of("training/checkin", "session", session, "course", course, "answer", answer == null ? ""
                : answer, "detail", detail, "problem", problem);
    }
}
