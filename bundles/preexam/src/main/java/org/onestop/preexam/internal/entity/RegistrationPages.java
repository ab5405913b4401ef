package org.onestop.preexam.internal.entity;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.Move;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.FormProblems;
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
 * The examiner's decision on a registration (备案), one page per decision so that the two never look alike: the
 * approval ({@code /preexam/registrations/{tracking}/approval}) with its optional 批准意见, the rejection
 * ({@code …/rejection}) with its required 驳回理由, each after the organisation's particulars and with a box the
 * examiner ticks to confirm, which the server checks. Refused input comes back with its message and nothing changed.
 */
@Component(service = RegistrationPages.class, immediate = true)
@ModuleResource
@Path("preexam/registrations/{tracking}")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.EXAMINER)
public final class RegistrationPages {

    static final int TEXT_LENGTH = 2000;

    private final Cases cases;
    private final EntityRegister register;
    private final Messages messages;

    @Activate
    public RegistrationPages(@Reference Cases cases, @Reference EntityRegister register,
            @Reference Messages messages) {
        this.cases = cases;
        this.register = register;
        this.messages = messages;
    }

    @GET
    @Path("{decision: approval|rejection}")
    public View decision(@PathParam("tracking") String tracking, @PathParam("decision") String decision,
            @Context Caller caller) throws SQLException {
        return page(registration(tracking, caller), decision, "", Map.of(), "");
    }

    @POST
    @Path("{decision: approval|rejection}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("tracking") String tracking, @PathParam("decision") String decision,
            @FormParam("comment") String comment, @FormParam("confirm") String confirm, @Context Caller caller,
            @Context Language language) throws SQLException {
        Registration registration = registration(tracking, caller);
        boolean rejection = decision.equals("rejection");
        String text = comment == null ? "" : comment.strip();
        FormProblems problems = new FormProblems();
        if (rejection && text.isEmpty()) {
            problems.add("comment", "preexam.error.rejectionReason.missing");
        } else if (text.length() > TEXT_LENGTH) {
            problems.add("comment", "preexam.error.text.long", TEXT_LENGTH);
        }
        if (confirm == null || confirm.isBlank()) {
            problems.add("confirm", rejection ? "preexam.error.confirm.reject" : "preexam.error.confirm.approve");
        }
        try {
            if (!problems.isEmpty()) {
                throw problems.refusal(messages, language);
            }
            cases.move(tracking, Move.of(rejection ? RegistrationWorkflow.REJECT : RegistrationWorkflow.APPROVE,
                    text.isEmpty() ? null : text), caller);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(page(registration, decision, text, refusal.fields(),
                    FormProblems.headline(refusal, null, messages, language))).build();
        }
    }

    private Registration registration(String tracking, Caller caller) throws SQLException {
        Optional<CaseFile> file = cases.find(tracking, caller).filter(f -> "preexam".equals(f.module())
                && RegistrationWorkflow.CASE_TYPE.equals(f.caseType()));
        if (file.isEmpty()) {
            throw new CaseRefusal(404, "preexam.refused.noRegistration");
        }
        return register.registration(file.get().id())
                .orElseThrow(() -> new CaseRefusal(404, "preexam.refused.noRegistration"));
    }

    private static View page(Registration registration, String decision, String comment, Map<String, String> errors,
            String problem) {
        return View.of("preexam/registration-decision", "registration", registration,
                "rejection", decision.equals("rejection"), "comment", comment, "errors", errors, "problem", problem);
    }
}
