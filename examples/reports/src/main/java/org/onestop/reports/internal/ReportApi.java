package org.onestop.reports.internal;

import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Reports over JSON. {@code POST /api/reports}: an innovator files a report ({@link Report}'s fields) with
 * {@code "attachmentIds"}, the evidence uploaded before to {@code POST /api/attachments} (at least one); 201 with the
 * receipt, or 200 with the first receipt when the {@code Idempotency-Key} header repeats one already used; a report
 * that cannot be filed is refused with 400 and each field at fault, in the caller's language.
 * {@code GET /api/reports/<tracking number>}: where it stands ({@link ReportProgress}), for its reporter and staff.
 */
@Component(service = ReportApi.class, immediate = true)
@ModuleResource
@Path("api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class ReportApi {

    /** The JSON body: the report and the ids of the evidence files (held for the caller) that come with it. */
    public record ReportRequest(String right, String rightNumber, String channel, String location, String infringer,
            String description, List<Long> attachmentIds) {
    }

    /** What the reporter is told once the report is stored. */
    public record ReportReceipt(String trackingNumber, String status, Instant openedAt) {
    }

    private final ReportIntake intake;

    @Activate
    public ReportApi(@Reference ReportIntake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.INNOVATOR)
    public Response file(ReportRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context Caller caller) throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("reports.error.body");
        }
        List<Long> files = body.attachmentIds() == null ? List.of() : body.attachmentIds();
        if (files.stream().anyMatch(Objects::isNull)) {
            throw Refusal.badRequest("reports.error.body");
        }
        Report report = new Report(body.right(), body.rightNumber(), body.channel(), body.location(),
                body.infringer(), body.description());
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        Receipt receipt = intake.file(report, files, key, caller);
        ReportReceipt answer = new ReportReceipt(receipt.trackingNumber(), receipt.status(), receipt.openedAt());
        return receipt.replayed() ? Response.ok(answer).build()
                : Response.created(URI.create("/api/reports/" + receipt.trackingNumber())).entity(answer).build();
    }

    @GET
    @Path("{tracking}")
    @Access(Audience.SIGNED_IN)
    public ReportProgress progress(@PathParam("tracking") String tracking, @Context Caller caller,
            @Context Language language) throws SQLException {
        return intake.progress(tracking, caller, language);
    }
}
