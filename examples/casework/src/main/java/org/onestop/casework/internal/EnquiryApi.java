package org.onestop.casework.internal;

import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onestop.api.cases.Receipt;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/sample/enquiries}: an innovator opens an enquiry with {@code {"topic", "details"}} and, if they
 * want, {@code "attachmentIds"}: files uploaded before to {@code POST /api/attachments}. 201 with the receipt, or
 * 200 with the first receipt when the {@code Idempotency-Key} header repeats one already used; an enquiry that
 * cannot be stored is refused with 400 and each field at fault, in the caller's language.
 */
@Component(service = EnquiryApi.class, immediate = true)
@ModuleResource
@Path("api/sample/enquiries")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class EnquiryApi {

    /** The JSON body: the enquiry and the ids of the files (held for the caller) that come with it. */
    public record EnquiryRequest(String topic, String details, List<Long> attachmentIds) {
    }

    /** What the applicant is told once the enquiry is stored. */
    public record EnquiryReceipt(String trackingNumber, String status, Instant openedAt) {
    }

    private final EnquiryIntake intake;

    @Activate
    public EnquiryApi(@Reference EnquiryIntake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.INNOVATOR)
    public Response open(EnquiryRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context Caller caller) throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("sample.error.body");
        }
        Enquiry enquiry = new Enquiry(body.topic(), body.details());
        Map<String, String> problems = enquiry.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems.values().iterator().next(), problems);
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        List<Long> files = body.attachmentIds() == null ? List.of() : body.attachmentIds();
        if (files.stream().anyMatch(Objects::isNull)) {
            throw Refusal.badRequest("sample.error.body");
        }
        Receipt receipt = intake.open(enquiry, files, key, caller);
        EnquiryReceipt answer = new EnquiryReceipt(receipt.trackingNumber(), receipt.status(), receipt.openedAt());
        return receipt.replayed() ? Response.ok(answer).build()
                : Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(answer).build();
    }
}
