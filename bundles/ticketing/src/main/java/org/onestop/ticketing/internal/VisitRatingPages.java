package org.onestop.ticketing.internal;

import java.net.URI;
import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
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
 * A visit's rate link ({@code /ticketing/tickets/{key}/rate}, from the ticket's page or the QR code on the counter's
 * screen): the visitor signs in (the gateway sends anonymous visitors to the login page and back), the finished
 * visit is linked to that account if it had none and the visitor is invited ({@link VisitRatings}), then led to
 * their ratings ({@code /ratings}), where it is first among those still to rate.
 */
@Component(service = VisitRatingPages.class, immediate = true)
@ModuleResource
@Path("ticketing/tickets/{key}/rate")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.SIGNED_IN)
public final class VisitRatingPages {

    private final VisitRatings ratings;

    @Activate
    public VisitRatingPages(@Reference VisitRatings ratings) {
        this.ratings = ratings;
    }

    @GET
    @Access(Audience.SIGNED_IN)
    public Response rate(@PathParam("key") String key, @Context Caller caller) throws SQLException {
        ratings.rate(key, caller);
        return Response.seeOther(URI.create("/ratings")).build();
    }
}
