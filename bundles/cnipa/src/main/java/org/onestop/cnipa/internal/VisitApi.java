package org.onestop.cnipa.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.UUID;

import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
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
 * Pre-checked window visits as JSON: {@code POST /api/cnipa/visits} (multipart: {@code business}, {@code note},
 * {@code materials}; an {@code Idempotency-Key} header makes a retry return the first receipt) starts one;
 * {@code GET /api/cnipa/visits/{tracking}} reads it with the hall's booking link once complete;
 * {@code …/answer} (the clerk's {@link VisitAnswer}), {@code …/correction} (multipart, the applicant) and
 * {@code …/receipt} (the clerk's {@link ReceiptAtWindow}) and {@code …/close} (the clerk's {@link Closing}) take its
 * steps.
 */
@Component(service = VisitApi.class, immediate = true)
@ModuleResource
@Path("api/cnipa/visits")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.SIGNED_IN)
public final class VisitApi {

    /** A visit and, once its materials are complete, the hall's booking page (null without the hall). */
    public record VisitSheet(VisitRecord visit, String booking) {
    }

    /** The patent office's receipt at the window: its number and day ({@code yyyy-MM-dd}). */
    public record ReceiptAtWindow(String number, String date) {
    }

    /** The outcome a visit is closed with ({@link VisitOutcome} code) and the reason or remark. */
    public record Closing(String outcome, String reason) {
    }

    private final VisitDesk desk;

    @Activate
    public VisitApi(@Reference VisitDesk desk) {
        this.desk = desk;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public Response start(FormParts parts, @HeaderParam("Idempotency-Key") String key, @Context Caller caller)
            throws SQLException, IOException {
        Receipt receipt = desk.start(parts.field("business").orElse(""), parts.field("note").orElse(""),
                FormFiles.of(parts), key == null || key.isBlank() ? UUID.randomUUID().toString() : key.strip(),
                caller);
        return Response.created(URI.create("/api/cnipa/visits/" + receipt.trackingNumber())).entity(receipt)
                .build();
    }

    @GET
    @Path("{tracking}")
    @Access(Audience.SIGNED_IN)
    public VisitSheet visit(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return new VisitSheet(desk.visit(tracking, caller), desk.booking(tracking, caller).orElse(null));
    }

    @POST
    @Path("{tracking}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public VisitSheet answer(@PathParam("tracking") String tracking, VisitAnswer body, @Context Caller caller)
            throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("cnipa.visit.error.body");
        }
        desk.answer(tracking, body, caller);
        return visit(tracking, caller);
    }

    @POST
    @Path("{tracking}/correction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public VisitSheet correct(@PathParam("tracking") String tracking, FormParts parts, @Context Caller caller)
            throws SQLException, IOException {
        desk.correct(tracking, parts.field("note").orElse(""), FormFiles.of(parts), caller);
        return visit(tracking, caller);
    }

    @POST
    @Path("{tracking}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public VisitSheet receive(@PathParam("tracking") String tracking, ReceiptAtWindow body, @Context Caller caller)
            throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("cnipa.visit.error.body");
        }
        desk.receive(tracking, body.number(), body.date(), caller);
        return visit(tracking, caller);
    }

    @POST
    @Path("{tracking}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public VisitSheet close(@PathParam("tracking") String tracking, Closing body, @Context Caller caller)
            throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("cnipa.visit.error.body");
        }
        desk.close(tracking, body.outcome(), body.reason(), caller);
        return visit(tracking, caller);
    }
}
