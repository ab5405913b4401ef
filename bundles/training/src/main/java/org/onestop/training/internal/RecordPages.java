package org.onestop.training.internal;

import java.io.IOException;
import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /training/record}: an innovator's training record (sessions attended, credit hours per course and in all,
 * certificates, no-shows), and the PDF of each of their certificates; another person's certificate is 404 here (the
 * public verification page is {@link CertificatePages}).
 */
@Component(service = RecordPages.class, immediate = true)
@ModuleResource
@Path("training/record")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class RecordPages {

    private final TrainingRecord record;
    private final Certificates certificates;

    @Activate
    public RecordPages(@Reference TrainingRecord record, @Reference Certificates certificates) {
        this.record = record;
        this.certificates = certificates;
    }

    @GET
    @Access(Audience.INNOVATOR)
    public View page(@Context Caller caller) throws SQLException {
        return View.of("training/record", "record", record.of(caller.accountId()));
    }

    @GET
    @Path("certificates/{number}")
    @Produces("application/pdf")
    @Access(Audience.INNOVATOR)
    public Response pdf(@PathParam("number") String number, @Context Caller caller)
            throws SQLException, IOException {
        record.of(caller.accountId());
        Certificates.Certificate certificate = certificates.find(number)
                .filter(c -> c.accountId() == caller.accountId())
                .orElseThrow(() -> new Refusal(404, "training.certificate.none"));
        return Response.ok(certificates.pdf(certificate), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"certificate-" + certificate.number() + ".pdf\"").build();
    }
}
