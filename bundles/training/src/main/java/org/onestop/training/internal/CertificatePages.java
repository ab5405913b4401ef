package org.onestop.training.internal;

import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /training/certificates/{number}}: anyone verifies a certificate of attendance by its number, without signing
 * in: the holder's name partly masked, the course, the day, the credit hours and that it is valid; or, with 404,
 * that there is no such certificate.
 */
@Component(service = CertificatePages.class, immediate = true)
@ModuleResource
@Path("training/certificates")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class CertificatePages {

    private final Certificates certificates;

    @Activate
    public CertificatePages(@Reference Certificates certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("{number}")
    @Access(Audience.ANYONE)
    public Response verify(@PathParam("number") String number) throws SQLException {
        Optional<Verification> found = certificates.find(number).map(Verification::of);
        View page = View.of("training/certificate", "number", number.strip(), "found", found.orElse(null));
        return Response.status(found.isPresent() ? 200 : 404).entity(page).build();
    }

    /**
     * A certificate as a stranger may read it.
     *
     * @param number      its number
     * @param holder      the holder's name, partly masked (孙*)
     * @param course      the course's title
     * @param heldOn      the session's day, {@code 2026-12-20}
     * @param creditHours the credit hours (学时)
     * @param valid       whether it is valid (every certificate issued is)
     */
    public record Verification(String number, String holder, String course, String heldOn, int creditHours,
            boolean valid) {

        static Verification of(Certificates.Certificate c) {
            return new Verification(c.number(), Certificates.masked(c.holder()), c.course(), c.heldOn(),
                    c.creditHours(), true);
        }
    }
}
