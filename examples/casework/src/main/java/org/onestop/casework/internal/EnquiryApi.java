package org.onestop.casework.internal;

import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/sample/enquiries}: an innovator opens an enquiry with {@code {"topic", "details"}}; 201 with the
 * receipt, or 200 with the first receipt when the {@code Idempotency-Key} header repeats one already used.
 */
@Component(service = EnquiryApi.class, immediate = true)
@ModuleResource
@Path("api/sample/enquiries")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class EnquiryApi {

    /** What the applicant is told once the enquiry is stored. */
    public record EnquiryReceipt(String trackingNumber, String status, Instant openedAt) {
    }

    private final EnquiryIntake intake;
    private final Messages messages;

    @Activate
    public EnquiryApi(@Reference EnquiryIntake intake, @Reference Messages messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.INNOVATOR)
    public Response open(Enquiry enquiry, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context Caller caller, @Context Language language) throws SQLException {
        if (enquiry == null) {
            throw new BadRequestException(messages.text(language, "sample.error.body"));
        }
        Map<String, String> problems = enquiry.problems();
        if (!problems.isEmpty()) {
            StringBuilder detail = new StringBuilder();
            problems.forEach((field, key) -> detail.append(detail.length() == 0 ? "" : " ")
                    .append(messages.text(language, "sample.field." + field)).append(": ")
                    .append(messages.text(language, key)));
            throw new BadRequestException(detail.toString());
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        Receipt receipt = intake.open(enquiry, key, caller);
        EnquiryReceipt body = new EnquiryReceipt(receipt.trackingNumber(), receipt.status(), receipt.openedAt());
        return receipt.replayed() ? Response.ok(body).build()
                : Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(body).build();
    }
}
