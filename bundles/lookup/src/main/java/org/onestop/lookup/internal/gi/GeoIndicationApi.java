package org.onestop.lookup.internal.gi;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.schema.SqlFailures;
import org.onestop.lookup.internal.Stewardship;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Geographical indications as JSON: {@code GET /api/lookup/gi?q=} and {@code GET /api/lookup/gi/{id}} for everyone;
 * staff add ({@code POST}), replace ({@code PUT /{id}}) and remove ({@code DELETE /{id}}) them.
 */
@Component(service = GeoIndicationApi.class, immediate = true)
@ModuleResource
@Path("api/lookup/gi")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class GeoIndicationApi {

    private final GeoIndications indications;
    private final Stewardship stewardship;
    private final Messages messages;

    @Activate
    public GeoIndicationApi(@Reference GeoIndications indications, @Reference Stewardship stewardship,
            @Reference Messages messages) {
        this.indications = indications;
        this.stewardship = stewardship;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public List<GeoIndication> list(@QueryParam("q") String q, @Context Language language) throws SQLException {
        return indications.search(q);
    }

    @GET
    @Path("{id}")
    @Access(Audience.ANYONE)
    public GeoIndication one(@PathParam("id") String id, @Context Language language) throws SQLException {
        return indications.get(id(id, messages, language)).orElseThrow(() -> new NotFoundException(
                messages.text(language, "lookup.gi.error.none", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public Response add(GeoIndicationForm form, @Context Language language, @Context Caller caller)
            throws SQLException {
        check(form, language);
        try {
            GeoIndication added = indications.add(form.toIndication(0), stewardship.by(caller));
            return Response.created(URI.create("/api/lookup/gi/" + added.id())).entity(added).build();
        } catch (SQLException e) {
            if (!SqlFailures.duplicateKey(e)) {
                throw e;
            }
            throw new ClientErrorException(messages.text(language, "lookup.gi.error.duplicate", form.name()), 409);
        }
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public GeoIndication replace(@PathParam("id") String id, GeoIndicationForm form, @Context Language language,
            @Context Caller caller) throws SQLException {
        int n = id(id, messages, language);
        check(form, language);
        try {
            if (!indications.update(n, form.toIndication(n), stewardship.by(caller))) {
                throw new NotFoundException(messages.text(language, "lookup.gi.error.none", id));
            }
        } catch (SQLException e) {
            if (!SqlFailures.duplicateKey(e)) {
                throw e;
            }
            throw new ClientErrorException(messages.text(language, "lookup.gi.error.duplicate", form.name()), 409);
        }
        return indications.get(n).orElseThrow();
    }

    @DELETE
    @Path("{id}")
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public Response remove(@PathParam("id") String id, @Context Language language, @Context Caller caller)
            throws SQLException {
        if (!indications.delete(id(id, messages, language), stewardship.by(caller))) {
            throw new NotFoundException(messages.text(language, "lookup.gi.error.none", id));
        }
        return Response.noContent().build();
    }

    private void check(GeoIndicationForm form, Language language) {
        if (form == null) {
            throw new BadRequestException(messages.text(language, "lookup.gi.error.body"));
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            StringBuilder detail = new StringBuilder();
            problems.forEach((field, key) -> detail.append(detail.length() == 0 ? "" : " ")
                    .append(messages.text(language, "lookup.gi.field." + field)).append(": ")
                    .append(messages.text(language, key)));
            throw new BadRequestException(detail.toString());
        }
    }

    static int id(String id, Messages messages, Language language) {
        try {
            return Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException(messages.text(language, "lookup.gi.error.none",
                    id.length() > 20 ? id.substring(0, 20) + "…" : id));
        }
    }
}
