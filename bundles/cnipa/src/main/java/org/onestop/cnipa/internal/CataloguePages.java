package org.onestop.cnipa.internal;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * {@code /cnipa/catalogue/{code}}: a business's entry in the service catalogue as the public reads it (the date of the
 * version in force shown), and for window clerks and supervisors its edit form (each field's problem in place) and
 * its history: every version with who, when, and each changed field before and after.
 */
@Component(service = CataloguePages.class, immediate = true)
@ModuleResource
@Path("cnipa/catalogue")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class CataloguePages {

    private final Catalogue catalogue;
    private final TemplateFiles files;
    private final CatalogueDesk desk;
    private final Messages messages;

    @Activate
    public CataloguePages(@Reference Catalogue catalogue, @Reference TemplateFiles files,
            @Reference CatalogueDesk desk, @Reference Messages messages) {
        this.catalogue = catalogue;
        this.files = files;
        this.desk = desk;
        this.messages = messages;
    }

    @GET
    @Path("{code}")
    @Access(Audience.ANYONE)
    public View entry(@PathParam("code") String code, @QueryParam("done") String done, @Context Caller caller,
            @Context Language language) throws SQLException {
        return catalogue.businesses().work().call(tx -> {
            Business business = business(catalogue, tx, code);
            CatalogueEntry entry = catalogue.current(tx, code).orElseThrow(CataloguePages::none);
            List<Material> materials = entry.materials(language);
            return View.of("cnipa/catalogue/entry", "business", business, "entry", entry, "materials", materials,
                    "files", files.find(tx, TemplatePages.ids(materials)), "staff",
                    caller.has(Role.COUNTER_CLERK) || caller.has(Role.SUPERVISOR), "notice", "saved".equals(done) ? "cnipa.catalogue.saved" : "");
        });
    }

    @GET
    @Path("{code}/edit")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View editing(@PathParam("code") String code) throws SQLException {
        return catalogue.businesses().work().call(tx -> {
            CatalogueEntry entry = catalogue.current(tx, code).orElseThrow(CataloguePages::none);
            return form(business(catalogue, tx, code), entry.version(), entry.fields(), entry.toConfirm(), Map.of(),
                    "");
        });
    }

    @POST
    @Path("{code}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Response edit(@PathParam("code") String code, MultivaluedMap<String, String> form, @Context Caller caller,
            @Context Language language) throws SQLException {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : CatalogueEntry.FIELDS) {
            typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        boolean toConfirm = form.getFirst("toConfirm") != null;
        int basedOn = number(form.getFirst("version"));
        try {
            desk.edit(code, basedOn, typed, toConfirm, caller);
            return Response.seeOther(URI.create("/cnipa/catalogue/" + code + "?done=saved")).build();
        } catch (Refusal refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            refused.fields().forEach((field, key) -> errors.put(field, messages.text(language, key)));
            Business business = catalogue.businesses().work().call(tx -> business(catalogue, tx, code));
            return Response.status(refused.status()).entity(form(business, basedOn, typed, toConfirm, errors,
                    refused.text(messages, language))).build();
        }
    }

    @GET
    @Path("{code}/history")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View history(@PathParam("code") String code, @Context Language language) throws SQLException {
        return catalogue.businesses().work().call(tx -> {
            Business business = business(catalogue, tx, code);
            List<CatalogueEntry> versions = catalogue.versions(tx, code);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                CatalogueEntry version = versions.get(i);
                List<Map<String, String>> changes = new ArrayList<>();
                if (i + 1 < versions.size()) {
                    CatalogueEntry before = versions.get(i + 1);
                    for (String field : version.changedFrom(before)) {
                        changes.add(Map.of("field", field, "before", shown(before, field, language), "after",
                                shown(version, field, language)));
                    }
                }
                rows.add(Map.of("entry", version, "changes", changes, "seeded", "seed".equals(version.editedBy())));
            }
            return View.of("cnipa/catalogue/history", "business", business, "versions", rows);
        });
    }

    static Business business(Catalogue catalogue, Connection tx, String code) throws SQLException {
        return catalogue.businesses().find(tx, code).filter(Business::active).orElseThrow(CataloguePages::none);
    }

    static Refusal none() {
        return new Refusal(404, "cnipa.catalogue.none");
    }

    private String shown(CatalogueEntry entry, String field, Language language) {
        return "toConfirm".equals(field) ? messages.text(language, entry.toConfirm() ? "cnipa.catalogue.yes"
                : "cnipa.catalogue.no") : entry.fields().getOrDefault(field, "");
    }

    private static View form(Business business, int version, Map<String, String> fields, boolean toConfirm,
            Map<String, String> errors, String problem) {
        return View.of("cnipa/catalogue/edit", "business", business, "version", version, "values", fields,
                "toConfirm", toConfirm, "fields", CatalogueEntry.FIELDS, "errors", errors, "problem", problem);
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
