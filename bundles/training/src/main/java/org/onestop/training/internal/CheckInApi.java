package org.onestop.training.internal;

import java.sql.SQLException;
import java.time.Instant;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/training/desk/sessions/{id}/check-ins} {@code {"code": "TK-…"}}: a ticket read at the door, for
 * trainers and supervisors. Let in: {@code {"outcome": "checked-in", "enrolmentId", "name", "checkedInAt",
 * "message"}}; not let in: a problem document whose detail says why in the reader's language (409 for a genuine
 * ticket: another session, already used, no place, not now; 422 for a code that is not a genuine ticket; 400 for
 * none).
 */
@Component(service = CheckInApi.class, immediate = true)
@ModuleResource
@Path("api/training/desk/sessions/{id}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
public final class CheckInApi {

    /** What the door read. */
    public record Reading(String code) {
    }

    /** A ticket let in. */
    public record Admitted(String outcome, long enrolmentId, String name, Instant checkedInAt, String message) {
    }

    private final CheckInDesk desk;
    private final Messages messages;

    @Activate
    public CheckInApi(@Reference CheckInDesk desk, @Reference Messages messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Admitted checkIn(@PathParam("id") long id, Reading body, @Context Caller caller,
            @Context Language language) throws SQLException {
        CheckInDesk.Answer answer = desk.read(id, body == null ? null : body.code(), caller);
        if (!answer.admitted()) {
            throw answer.refusal();
        }
        return new Admitted(answer.outcome(), answer.enrolmentId(), answer.name(), answer.checkedInAt(),
                Refusal.text(messages, language, answer.key(), answer.arguments()));
    }
}
