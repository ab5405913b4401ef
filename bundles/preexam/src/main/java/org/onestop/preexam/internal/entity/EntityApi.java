package org.onestop.preexam.internal.entity;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;

import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/preexam/entity}: an innovator reads its organisation's standing with the centre (GET) and registers
 * it (POST, {@code multipart/form-data} with the fields of {@link RegistrationForm} and the file {@code licence});
 * 201 with the receipt, or 200 with the first receipt when the {@code Idempotency-Key} repeats one.
 */
@Component(service = EntityApi.class, immediate = true)
@ModuleResource
@Path("api/preexam/entity")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class EntityApi {

    /** What the applicant is told once the registration is stored. */
    public record RegistrationReceipt(String trackingNumber, String status, Instant openedAt) {
    }

    private final EntityIntake intake;
    private final EntityStandings standings;

    @Activate
    public EntityApi(@Reference EntityIntake intake, @Reference EntityStandings standings) {
        this.intake = intake;
        this.standings = standings;
    }

    @GET
    public EntityStandings.Standing standing(@Context Caller caller) throws SQLException {
        return standings.of(intake.organisationOf(caller));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(FormParts form, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context Caller caller, @Context Language language) throws SQLException, IOException {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        Receipt receipt = intake.register(caller, RegistrationForm.of(form), FormFiles.of(form), key, language);
        RegistrationReceipt body = new RegistrationReceipt(receipt.trackingNumber(), receipt.status(),
                receipt.openedAt());
        return receipt.replayed() ? Response.ok(body).build()
                : Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(body).build();
    }
}
