package org.onestop.cnipa.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
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
 * The steps of a pre-checked visit on their own pages: the applicant's corrected upload,
 * {@code /cnipa/visits/{tracking}/correction}, and the window clerk's forms: {@code …/answer} (complete, or the list
 * of what is missing or wrong, one row per item; "more lines" sends the form back with three more rows, without any
 * script; the earlier lists stand beside it) and {@code …/receipt} (the patent office's receipt number and date at
 * the window, the date starting at the centre's today) and {@code …/close} (the outcome the visit is closed with,
 * and the reason where it needs one).
 */
@Component(service = VisitStepPages.class, immediate = true)
@ModuleResource
@Path("cnipa/visits/{tracking}")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.SIGNED_IN)
public final class VisitStepPages {

    /** Rows shown empty for a new list, and added by "more lines". */
    static final int ROWS = 3;

    private final VisitDesk desk;
    private final Messages messages;

    @Activate
    public VisitStepPages(@Reference VisitDesk desk, @Reference Messages messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GET
    @Path("correction")
    @Access(Audience.INNOVATOR)
    public View correction(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return correction(desk.visit(tracking, caller), "", List.of(), Map.of(), null);
    }

    @POST
    @Path("correction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public Response correct(@PathParam("tracking") String tracking, FormParts parts, @Context Caller caller,
            @Context Language language) throws SQLException, IOException {
        String note = parts.field("note").orElse("");
        FormFiles materials = FormFiles.of(parts);
        try {
            desk.correct(tracking, note, materials, caller);
            return Response.seeOther(URI.create("/requests/" + tracking + "?notice=moved")).build();
        } catch (Refusal refusal) {
            FormFiles kept = desk.hold(materials, caller);
            Map<String, String> errors = VisitPages.errors(refusal, kept, VisitDesk.MATERIALS, messages, language);
            return Response.status(refusal.status()).entity(correction(desk.visit(tracking, caller), note,
                    kept.held(VisitDesk.MATERIALS), errors, refusal.text(messages, language))).build();
        }
    }

    @GET
    @Path("answer")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View answer(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return answer(desk.visit(tracking, caller), "", rows(List.of(), List.of(), List.of(), ROWS), Map.of(), null);
    }

    @POST
    @Path("answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Response answer(@PathParam("tracking") String tracking, @FormParam("decision") String decision,
            @FormParam("text") List<String> texts, @FormParam("isNew") List<String> isNew,
            @FormParam("reason") List<String> reasons, @FormParam("action") String action, @Context Caller caller,
            @Context Language language) throws SQLException {
        String chosen = decision == null ? "" : decision;
        if ("more".equals(action)) {
            List<VisitProblem> rows = rows(texts, isNew, reasons, 0);
            return Response.ok(answer(desk.visit(tracking, caller), chosen,
                    rows(texts, isNew, reasons, rows.size() + ROWS), Map.of(), null)).build();
        }
        try {
            if (!"complete".equals(chosen) && !"problems".equals(chosen)) {
                throw Refusal.invalid("cnipa.visit.error.answer", Map.of("decision", "cnipa.visit.error.decision"));
            }
            desk.answer(tracking, new VisitAnswer("complete".equals(chosen), rows(texts, isNew, reasons, 0)),
                    caller);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (Refusal refusal) {
            List<VisitProblem> typed = rows(texts, isNew, reasons, 0);
            return Response.status(refusal.status()).entity(answer(desk.visit(tracking, caller), chosen,
                    rows(texts, isNew, reasons, Math.max(ROWS, typed.size())),
                    VisitPages.texts(refusal, messages, language), refusal.text(messages, language))).build();
        }
    }

    @GET
    @Path("receipt")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View receipt(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return receipt(desk.visit(tracking, caller), "", desk.today().toString(), Map.of(), null);
    }

    @POST
    @Path("receipt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Response receive(@PathParam("tracking") String tracking, @FormParam("number") String number,
            @FormParam("date") String date, @Context Caller caller, @Context Language language) throws SQLException {
        try {
            desk.receive(tracking, number, date, caller);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (Refusal refusal) {
            return Response.status(refusal.status()).entity(receipt(desk.visit(tracking, caller),
                    number == null ? "" : number, date == null ? "" : date,
                    VisitPages.texts(refusal, messages, language), refusal.text(messages, language))).build();
        }
    }

    @GET
    @Path("close")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View closing(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return close(desk.visit(tracking, caller), "", "", Map.of(), null);
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Response close(@PathParam("tracking") String tracking, @FormParam("outcome") String outcome,
            @FormParam("reason") String reason, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            desk.close(tracking, outcome, reason, caller);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (Refusal refusal) {
            return Response.status(refusal.status()).entity(close(desk.visit(tracking, caller),
                    outcome == null ? "" : outcome, reason == null ? "" : reason,
                    VisitPages.texts(refusal, messages, language), refusal.text(messages, language))).build();
        }
    }

    /**
     * The list as typed, row by row (a row's "new" box sends its index), padded with empty rows to {@code size};
     * trailing empty rows dropped when {@code size} is 0.
     */
    static List<VisitProblem> rows(List<String> texts, List<String> isNew, List<String> reasons, int size) {
        List<String> t = texts == null ? List.of() : texts;
        List<String> r = reasons == null ? List.of() : reasons;
        List<String> marked = isNew == null ? List.of() : isNew;
        List<VisitProblem> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(t.size(), r.size()); i++) {
            rows.add(new VisitProblem(i < t.size() ? t.get(i) : "", marked.contains(Integer.toString(i)),
                    i < r.size() ? r.get(i) : ""));
        }
        while (size == 0 && !rows.isEmpty() && rows.get(rows.size() - 1).text().isEmpty()
                && rows.get(rows.size() - 1).reason().isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        while (rows.size() < size) {
            rows.add(new VisitProblem("", false, ""));
        }
        return rows;
    }

    private static View correction(VisitRecord visit, String note, List<FormFiles.Held> held,
            Map<String, String> errors, String problem) {
        return View.of("cnipa/visit-correction", "visit", visit, "note", note, "held", held, "errors", errors,
                "problem", problem);
    }

    private static View answer(VisitRecord visit, String decision, List<VisitProblem> rows,
            Map<String, String> errors, String problem) {
        VisitRound current = visit.current();
        return View.of("cnipa/visit-answer", "visit", visit, "round", current.round(), "decision", decision,
                "rows", rows, "errors", errors, "problem", problem);
    }

    private static View close(VisitRecord visit, String outcome, String reason, Map<String, String> errors,
            String problem) {
        return View.of("cnipa/visit-close", "visit", visit, "outcomes", VisitOutcome.values(), "outcome", outcome,
                "reason", reason, "errors", errors, "problem", problem);
    }

    private static View receipt(VisitRecord visit, String number, String date, Map<String, String> errors,
            String problem) {
        return View.of("cnipa/visit-receipt", "visit", visit, "number", number, "date", date, "errors", errors,
                "problem", problem);
    }
}
