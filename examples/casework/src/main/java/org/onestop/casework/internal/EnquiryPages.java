package org.onestop.casework.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.onestop.api.cases.Receipt;
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
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page {@code /sample}: what enquiries are and, for innovators, the form to open one. Each form carries an
 * idempotency key of its own, so sending it twice opens one case.
 */
@Component(service = EnquiryPages.class, immediate = true)
@ModuleResource
@Path("sample")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class EnquiryPages {

    private final EnquiryIntake intake;
    private final Messages messages;

    @Activate
    public EnquiryPages(@Reference EnquiryIntake intake, @Reference Messages messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View page(@QueryParam("opened") String opened, @Context Caller caller) throws SQLException {
        String shown = opened != null && caller.innovator() && intake.visible(opened, caller) ? opened : null;
        return form(new Enquiry("", ""), UUID.randomUUID().toString(), Map.of(), caller, shown);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(Audience.INNOVATOR)
    public Response open(@FormParam("topic") String topic, @FormParam("details") String details,
            @FormParam("idempotencyKey") String idempotencyKey, @Context Caller caller,
            @Context Language language) throws SQLException {
        Enquiry enquiry = new Enquiry(topic, details);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : idempotencyKey.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        enquiry.problems().forEach((field, problem) -> errors.put(field, messages.text(language, problem)));
        if (!errors.isEmpty()) {
            View page = form(enquiry, key, errors, caller, null);
            Map<String, Object> model = new LinkedHashMap<>(page.model());
            model.put("problem", messages.text(language, "sample.error.form"));
            return Response.status(422).entity(new View(page.template(), model)).build();
        }
        Receipt receipt = intake.open(enquiry, key, caller);
        return Response.seeOther(URI.create("/sample?opened=" + receipt.trackingNumber())).build();
    }

    private static View form(Enquiry enquiry, String key, Map<String, String> errors, Caller caller, String opened) {
        return View.of("sample/enquiry", "enquiry", enquiry, "idempotencyKey", key, "errors", errors,
                "innovator", caller.innovator(), "signedIn", caller.signedIn(), "opened", opened);
    }
}
