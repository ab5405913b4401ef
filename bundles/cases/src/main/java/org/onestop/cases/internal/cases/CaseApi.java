package org.onestop.cases.internal.cases;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.CaseEvent;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Move;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
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
 * One case as JSON, for its applicant and the staff of its queue: {@code GET /api/cases/{number}} (the envelope,
 * its status label for the reader, its clocks and the transitions the reader may take now), its timeline, and the
 * changes: moves along the workflow, claim, release, assign (supervisors) and comments. Refusals are problem
 * documents with the reason (403 for a move that is not the caller's to take, 409 for one the case's state does not
 * allow now).
 */
@Component(service = CaseApi.class, immediate = true)
@ModuleResource
@Path("api/cases/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Access(Audience.SIGNED_IN)
public final class CaseApi {

    /** A move asked for. */
    public record MoveBody(String transition, String comment, List<Long> attachmentIds) {
    }

    /** A comment to add. */
    public record CommentBody(String text, Boolean forApplicant) {
    }

    /** An assignment to make. */
    public record AssignBody(Long assigneeId) {
    }

    private final CaseEngine engine;

    @Activate
    public CaseApi(@Reference CaseEngine engine) {
        this.engine = engine;
    }

    @GET
    public Map<String, Object> read(@PathParam("number") String number, @Context Caller caller,
            @Context Language language) throws SQLException {
        CaseFile file = engine.find(number, caller).orElseThrow(CaseEngine::notFound);
        return envelope(file, caller, language);
    }

    @GET
    @Path("timeline")
    public List<CaseEvent> timeline(@PathParam("number") String number, @Context Caller caller) throws SQLException {
        return engine.timeline(number, caller);
    }

    @POST
    @Path("moves")
    public Map<String, Object> move(@PathParam("number") String number, MoveBody body, @Context Caller caller,
            @Context Language language) throws SQLException {
        if (body == null || body.transition() == null || body.transition().isBlank()) {
            throw new org.onestop.api.cases.CaseRefusal(422, "case.refused.transitionMissing");
        }
        refuseEmptyIds(body.attachmentIds());
        CaseFile after = engine.move(number, new Move(body.transition().strip(), body.comment(),
                body.attachmentIds()), caller);
        return envelope(after, caller, language);
    }

    /** A list of file numbers with a hole in it ({@code [3, null]}) is refused, naming the item (422). */
    static void refuseEmptyIds(List<Long> attachmentIds) {
        for (int i = 0; attachmentIds != null && i < attachmentIds.size(); i++) {
            if (attachmentIds.get(i) == null) {
                throw new org.onestop.api.cases.CaseRefusal(422, "case.refused.attachmentId", i + 1);
            }
        }
    }

    @POST
    @Path("claim")
    @Access(Audience.STAFF)
    public Map<String, Object> claim(@PathParam("number") String number, @Context Caller caller,
            @Context Language language) throws SQLException {
        return envelope(engine.claim(number, caller), caller, language);
    }

    @POST
    @Path("release")
    @Access(Audience.STAFF)
    public Map<String, Object> release(@PathParam("number") String number, @Context Caller caller,
            @Context Language language) throws SQLException {
        return envelope(engine.release(number, caller), caller, language);
    }

    @POST
    @Path("assign")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Map<String, Object> assign(@PathParam("number") String number, AssignBody body, @Context Caller caller,
            @Context Language language) throws SQLException {
        if (body == null || body.assigneeId() == null) {
            throw new org.onestop.api.cases.CaseRefusal(422, "case.refused.assignee");
        }
        return envelope(engine.assign(number, body.assigneeId(), caller), caller, language);
    }

    @POST
    @Path("comments")
    public Map<String, Object> comment(@PathParam("number") String number, CommentBody body, @Context Caller caller,
            @Context Language language) throws SQLException {
        CaseFile after = engine.comment(number, body == null ? null : body.text(),
                body != null && Boolean.TRUE.equals(body.forApplicant()), caller);
        return envelope(after, caller, language);
    }

    private Map<String, Object> envelope(CaseFile file, Caller caller, Language language) throws SQLException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("trackingNumber", file.trackingNumber());
        json.put("module", file.module());
        json.put("caseType", file.caseType());
        json.put("title", file.title());
        json.put("status", file.status());
        Workflow workflow = engine.rules().typeOf(file).map(RegisteredType::workflow).orElse(null);
        Status status = workflow == null ? null : workflow.status(file.status()).orElse(null);
        json.put("typeTitle", workflow == null ? null : workflow.title().in(language));
        json.put("statusLabel", status == null ? file.status()
                : (caller.staff() ? status.staffLabel() : status.publicLabel()).in(language));
        json.put("closed", status != null && status.closed());
        json.put("applicant", file.applicantName());
        json.put("assigneeId", file.assigneeId());
        json.put("assignee", file.assigneeName());
        json.put("openedAt", file.openedAt());
        json.put("updatedAt", file.updatedAt());
        json.put("dueOn", file.dueOn());
        json.put("version", file.version());
        json.put("clocks", engine.clocks(file.trackingNumber(), caller).stream().map(c -> {
            Map<String, Object> clock = new LinkedHashMap<>();
            clock.put("deadline", c.deadline().code());
            clock.put("label", c.deadline().label().in(language));
            clock.put("party", c.deadline().party().name().toLowerCase(java.util.Locale.ROOT));
            clock.put("state", c.state().toLowerCase(java.util.Locale.ROOT));
            clock.put("dueOn", c.dueOn());
            clock.put("daysLeft", c.daysLeft());
            return clock;
        }).toList());
        List<Transition> choices = engine.choices(file.trackingNumber(), caller);
        json.put("choices", choices.stream().map(t -> {
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("transition", t.code());
            choice.put("label", t.label().in(language));
            choice.put("commentRequired", t.commentRequired());
            choice.put("attachmentRequired", t.attachmentRequired());
            choice.put("form", t.formFor(file.trackingNumber()));
            return choice;
        }).toList());
        return json;
    }
}
