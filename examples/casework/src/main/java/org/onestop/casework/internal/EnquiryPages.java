package org.onestop.casework.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page {@code /sample}: what enquiries are and, for innovators, the form to open one, with a file if they have
 * one (a multipart form: its CSRF token travels in the action's address). Each form carries an idempotency key of
 * its own, so sending it twice opens one case. The page says by when an officer reviews an enquiry sent today.
 */
@Component(service = EnquiryPages.class, immediate = true)
@ModuleResource
@Path("sample")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class EnquiryPages {

    /** The form's file field, and the purpose its file is stored with (named by {@code sample.purpose.*}). */
    static final String FILE_FIELD = "file";
    static final String FILE_PURPOSE = "certificate";

    private final EnquiryIntake intake;
    private final Attachments attachments;
    private final WorkingCalendar calendar;
    private final Messages messages;

    @Activate
    public EnquiryPages(@Reference EnquiryIntake intake, @Reference Attachments attachments,
            @Reference WorkingCalendar calendar, @Reference Messages messages) {
        this.intake = intake;
        this.attachments = attachments;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View page(@QueryParam("opened") String opened, @Context Caller caller) throws SQLException {
        String shown = opened != null && caller.innovator() && intake.visible(opened, caller) ? opened : null;
        return form(new Enquiry("", ""), UUID.randomUUID().toString(), Map.of(), caller, shown);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public Response open(FormParts parts, @Context Caller caller, @Context Language language)
            throws SQLException, IOException {
        Enquiry enquiry = new Enquiry(parts.field("topic").orElse(""), parts.field("details").orElse(""));
        String key = parts.field("idempotencyKey").map(String::strip).filter(k -> !k.isEmpty())
                .orElseGet(() -> UUID.randomUUID().toString());
        Map<String, String> errors = new LinkedHashMap<>();
        enquiry.problems().forEach((field, problem) -> errors.put(field, messages.text(language, problem)));
        if (!errors.isEmpty()) {
            return refused(422, enquiry, key, errors, caller, language);
        }
        List<Long> files;
        try {
            files = stored(parts.files(FILE_FIELD), caller);
        } catch (CaseRefusal refusal) {
            return refused(refusal.status(), enquiry, key, Map.of(FILE_FIELD, refusal.text(messages, language)),
                    caller, language);
        }
        Receipt receipt = intake.open(enquiry, files, key, caller);
        return Response.seeOther(URI.create("/sample?opened=" + receipt.trackingNumber())).build();
    }

    /** Stores each file chosen (an empty file field sends a part without a name: no file). */
    private List<Long> stored(List<UploadedFile> files, Caller caller) throws IOException, SQLException {
        List<Long> ids = new ArrayList<>();
        for (UploadedFile file : files) {
            if (file.size() > 0 || !file.fileName().isBlank()) {
                ids.add(attachments.store(file, FILE_PURPOSE, Set.of(), caller).id());
            }
        }
        return ids;
    }

    private Response refused(int status, Enquiry enquiry, String key, Map<String, String> errors, Caller caller,
            Language language) {
        View page = form(enquiry, key, errors, caller, null);
        Map<String, Object> model = new LinkedHashMap<>(page.model());
        model.put("problem", messages.text(language, "sample.error.form"));
        return Response.status(status).entity(new View(page.template(), model)).build();
    }

    private View form(Enquiry enquiry, String key, Map<String, String> errors, Caller caller, String opened) {
        return View.of("sample/enquiry", "enquiry", enquiry, "idempotencyKey", key, "errors", errors,
                "innovator", caller.innovator(), "signedIn", caller.signedIn(), "opened", opened,
                "reviewedBy", EnquiryWorkflow.reviewedBy(calendar));
    }
}
