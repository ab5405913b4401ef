package org.onestop.lookup.internal.gi;

import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.SqlFailures;
import org.onestop.api.view.View;
import org.onestop.lookup.internal.Stewardship;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pages of geographical indications: the searchable list and one indication for everyone; the forms with
 * which staff add and edit them (a field that cannot be stored is marked beside it, in the visitor's language).
 */
@Component(service = GeoIndicationPages.class, immediate = true)
@ModuleResource
@Path("lookup/gi")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class GeoIndicationPages {

    private final GeoIndications indications;
    private final Stewardship stewardship;
    private final Messages messages;

    @Activate
    public GeoIndicationPages(@Reference GeoIndications indications, @Reference Stewardship stewardship,
            @Reference Messages messages) {
        this.indications = indications;
        this.stewardship = stewardship;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public Response list(@QueryParam("q") String q, @Context Language language, @Context Caller caller)
            throws SQLException {
        String shown = q == null ? "" : q.strip();
        boolean steward = Stewardship.keeps(caller);
        try {
            return Response.ok(View.of("lookup/gi-list", "items", indications.search(q), "q", shown,
                    "steward", steward, "error", null)).build();
        } catch (Refusal r) {
            return Response.status(400).entity(View.of("lookup/gi-list", "items", List.of(), "q", shown,
                    "steward", steward, "error", r.text(messages, language))).build();
        }
    }

    @GET
    @Path("{id: [0-9]+}")
    @Access(Audience.ANYONE)
    public View one(@PathParam("id") String id, @Context Language language, @Context Caller caller)
            throws SQLException {
        return View.of("lookup/gi", "gi", find(id, language), "steward", Stewardship.keeps(caller));
    }

    @GET
    @Path("new")
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public View newForm() {
        return form(0, new GeoIndicationForm("", "", "", "", "", "", "AGRICULTURAL", ""), Map.of());
    }

    @GET
    @Path("{id: [0-9]+}/edit")
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public View editForm(@PathParam("id") String id, @Context Language language) throws SQLException {
        GeoIndication gi = find(id, language);
        return form(gi.id(), GeoIndicationForm.of(gi), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public Response add(@FormParam("name") String name, @FormParam("area") String area,
            @FormParam("category") String category, @FormParam("holder") String holder,
            @FormParam("registrationNumber") String number, @FormParam("registeredOn") String registeredOn,
            @FormParam("protection") String protection, @FormParam("note") String note,
            @Context Language language, @Context Caller caller) throws SQLException {
        GeoIndicationForm form = new GeoIndicationForm(name, area, category, holder, number, registeredOn,
                protection, note);
        return save(0, form, language, caller);
    }

    @POST
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public Response edit(@PathParam("id") String id, @FormParam("name") String name, @FormParam("area") String area,
            @FormParam("category") String category, @FormParam("holder") String holder,
            @FormParam("registrationNumber") String number, @FormParam("registeredOn") String registeredOn,
            @FormParam("protection") String protection, @FormParam("note") String note,
            @Context Language language, @Context Caller caller) throws SQLException {
        int n = find(id, language).id();
        return save(n, new GeoIndicationForm(name, area, category, holder, number, registeredOn, protection, note),
                language, caller);
    }

    private Response save(int id, GeoIndicationForm form, Language language, Caller caller) throws SQLException {
        Map<String, String> problems = new HashMap<>();
        form.problems().forEach((field, key) -> problems.put(field, messages.text(language, key)));
        if (problems.isEmpty()) {
            try {
                int saved = id;
                if (id == 0) {
                    saved = indications.add(form.toIndication(0), stewardship.by(caller)).id();
                } else {
                    indications.update(id, form.toIndication(id), stewardship.by(caller));
                }
                return Response.seeOther(URI.create("/lookup/gi/" + saved)).build();
            } catch (SQLException e) {
                if (!SqlFailures.duplicateKey(e)) {
                    throw e;
                }
                problems.put("name", messages.text(language, "lookup.gi.error.duplicate", form.name()));
            }
        }
        return Response.status(400).entity(form(id, form, problems)).build();
    }

    private View form(int id, GeoIndicationForm form, Map<String, String> problems) {
        return View.of("lookup/gi-form", "id", id, "form", form, "problems", problems,
                "protections", GeoIndicationForm.PROTECTIONS);
    }

    private GeoIndication find(String id, Language language) throws SQLException {
        return indications.get(GeoIndicationApi.id(id, messages, language)).orElseThrow(() -> new NotFoundException(
                messages.text(language, "lookup.gi.error.none", id)));
    }
}
