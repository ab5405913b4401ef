package org.onestop.training.internal;

import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/training/certificates/{number}}: the JSON twin of the public verification page: {@code number},
 * {@code holder} (partly masked), {@code course}, {@code heldOn}, {@code creditHours}, {@code valid}; a problem
 * document with 404 when there is no such certificate.
 */
@Component(service = CertificateApi.class, immediate = true)
@ModuleResource
@Path("api/training/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class CertificateApi {

    private final Certificates certificates;

    @Activate
    public CertificateApi(@Reference Certificates certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("{number}")
    @Access(Audience.ANYONE)
    public CertificatePages.Verification verify(@PathParam("number") String number) throws SQLException {
        return certificates.find(number).map(CertificatePages.Verification::of)
                .orElseThrow(() -> new Refusal(404, "training.certificate.none"));
    }
}
