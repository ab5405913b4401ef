package org.onestop.cnipa.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
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
import jakarta.ws.rs.core.Response;

/**
 * The applicant's page starting a pre-checked window visit, {@code /cnipa/visits}: the business done at the window,
 * the materials, a note. A refused form comes back with what was typed, the files held, and each problem at its
 * field. The steps of a visit are on {@link VisitStepPages}.
 */
@Component(service = VisitPages.class, immediate = true)
@ModuleResource
@Path("cnipa/visits")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class VisitPages {

    private final VisitDesk desk;
    private final Messages messages;

    @Activate
    public VisitPages(@Reference VisitDesk desk, @Reference Messages messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GET
    @Access(Audience.INNOVATOR)
    public View start(@Context Language language) throws SQLException {
        return start("", "", List.of(), UUID.randomUUID().toString(), Map.of(), null, language);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public Response start(FormParts parts, @Context Caller caller, @Context Language language)
            throws SQLException, IOException {
        String business = parts.field("business").orElse("");
        String note = parts.field("note").orElse("");
        String key = parts.field("idempotencyKey").map(String::strip).filter(k -> !k.isEmpty())
                .orElseGet(() -> UUID.randomUUID().toString());
        FormFiles materials = FormFiles.of(parts);
        try {
            Receipt receipt = desk.start(business, note, materials, key, caller);
            return Response.seeOther(URI.create("/requests/" + receipt.trackingNumber() + "?notice=submitted"))
                    .build();
        } catch (Refusal refusal) {
            FormFiles kept = desk.hold(materials, caller);
            Map<String, String> errors = errors(refusal, kept, VisitDesk.MATERIALS, messages, language);
            return Response.status(refusal.status()).entity(start(business, note, kept.held(VisitDesk.MATERIALS),
                    key, errors, refusal.text(messages, language), language)).build();
        }
    }

    private View start(String business, String note, List<FormFiles.Held> held, String key,
            Map<String, String> errors, String problem, Language language) throws SQLException {
        return View.of("cnipa/visit-start", "businesses", desk.windowBusinesses(), "business", business, "note",
                note, "held", held, "idempotencyKey", key, "errors", errors, "problem", problem, "language",
                language);
    }

    /** Each field's problem in the reader's language, with the store's refusal of a file of {@code field}. */
    static Map<String, String> errors(Refusal refusal, FormFiles kept, String field, Messages messages,
            Language language) {
        Map<String, String> errors = texts(refusal, messages, language);
        kept.refusal(field).ifPresent(r -> errors.put(field, r.text(messages, language)));
        return errors;
    }

    /** Each field's problem in the reader's language. */
    static Map<String, String> texts(Refusal refusal, Messages messages, Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        refusal.fields().forEach((field, key) -> texts.put(field, messages.text(language, key)));
        return texts;
    }
}
