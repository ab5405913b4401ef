package org.onestop.cases.internal.casework;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Move;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.onestop.cases.internal.cases.CaseEngine;
import org.onestop.cases.internal.notification.NotificationInbox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
 * A case's page for staff, {@code /staff/cases/{tracking}} (404 for a case the reader may not see): the envelope,
 * the module's data, the clocks, the timeline, the files, and forms for the transitions the reader may take now,
 * claim and release, assignment (supervisors) and comments. Each form posts to a sub-path and comes back with a
 * notice, or with the reason it was refused and nothing changed.
 */
@Component(service = StaffCasePages.class, immediate = true)
@ModuleResource
@Path("staff/cases/{tracking}")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.STAFF)
public final class StaffCasePages {

    private static final String TEMPLATE = "staff/case";

    private final CaseEngine engine;
    private final CaseSheets sheets;
    private final CaseWorkers workers;
    private final Messages messages;
    private final NotificationInbox inbox;

    @Activate
    public StaffCasePages(@Reference CaseEngine engine, @Reference CaseSheets sheets,
            @Reference CaseWorkers workers, @Reference Messages messages, @Reference NotificationInbox inbox) {
        this.engine = engine;
        this.sheets = sheets;
        this.workers = workers;
        this.messages = messages;
        this.inbox = inbox;
    }

    /** The case's page; the reader's notifications that lead to it are read once it is open. */
    @GET
    public View page(@PathParam("tracking") String tracking, @QueryParam("notice") String notice,
            @Context Caller caller, @Context Language language) throws SQLException {
        View page = CasePage.view(TEMPLATE, sheets, tracking, caller, language, notice, null,
                file -> tools(file, caller));
        inbox.markCaseRead(caller.accountId(), number(tracking));
        return page;
    }

    @POST
    @Path("moves")
    public Response move(@PathParam("tracking") String tracking, @FormParam("transition") String transition,
            @FormParam("comment") String comment, @FormParam("confirmed") String confirmed,
            @Context Caller caller, @Context Language language) throws SQLException {
        return change(tracking, "moved", caller, language, () -> {
            if (transition == null || transition.isBlank()) {
                throw new CaseRefusal(422, "casework.refused.transition");
            }
            sheets.requireConfirmation(tracking, transition.strip(), confirmed, caller);
            engine.move(number(tracking), new Move(transition.strip(), blankToNull(comment), List.of()), caller);
        });
    }

    @POST
    @Path("claim")
    public Response claim(@PathParam("tracking") String tracking, @Context Caller caller,
            @Context Language language) throws SQLException {
        return change(tracking, "claimed", caller, language, () -> engine.claim(number(tracking), caller));
    }

    @POST
    @Path("release")
    public Response release(@PathParam("tracking") String tracking, @Context Caller caller,
            @Context Language language) throws SQLException {
        return change(tracking, "released", caller, language, () -> engine.release(number(tracking), caller));
    }

    @POST
    @Path("assign")
    public Response assign(@PathParam("tracking") String tracking, @FormParam("assignee") String assignee,
            @Context Caller caller, @Context Language language) throws SQLException {
        return change(tracking, "assigned", caller, language,
                () -> engine.assign(number(tracking), assigneeId(assignee), caller));
    }

    @POST
    @Path("comments")
    public Response comment(@PathParam("tracking") String tracking, @FormParam("text") String text,
            @FormParam("visibility") String visibility, @Context Caller caller, @Context Language language)
            throws SQLException {
        return change(tracking, "commented", caller, language,
                () -> engine.comment(number(tracking), text, "applicant".equals(visibility), caller));
    }

    /** What the page offers besides the case: claim, release, assignment. */
    private Map<String, Object> tools(CaseFile file, Caller caller) throws SQLException {
        boolean open = !sheets.labels(file.module(), file.caseType(), Language.ZH_CN).isClosed(file.status());
        boolean works = open && engine.mayWork(file, caller);
        boolean supervisor = caller.has(Role.SUPERVISOR);
        boolean mine = Objects.equals(file.assigneeId(), caller.accountId());
        return Map.of("mayClaim", works && !mine && (file.assigneeId() == null || supervisor),
                "mayRelease", works && file.assigneeId() != null && (mine || supervisor),
                "mayAssign", works && supervisor,
                "workers", works && supervisor ? workers.holding(sheets.staffRoles(file)) : List.of(),
                "mayComment", engine.mayWork(file, caller));
    }

    private Response change(String tracking, String notice, Caller caller, Language language,
            CasePage.Change change) throws SQLException {
        return CasePage.change("/staff/cases/" + number(tracking), notice, change, messages, language, TEMPLATE,
                sheets, tracking, caller, file -> tools(file, caller));
    }

    /** The tracking number of the path, or 404 for one that cannot be. */
    private String number(String tracking) {
        return TrackingNumber.parse(tracking).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    private static long assigneeId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new CaseRefusal(422, "casework.refused.assignee");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
