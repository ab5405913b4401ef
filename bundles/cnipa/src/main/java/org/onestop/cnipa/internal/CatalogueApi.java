package org.onestop.cnipa.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.FormParts;
import org.onestop.api.i18n.CentreZone;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/cnipa/catalogue} and {@code /api/cnipa/guide}: the service catalogue as JSON (every entry in force, one
 * entry with its {@code version} and {@code versionDate} in the centre's zone), staff's edit of an entry (a 422
 * problem with {@code errors} by field when refused) and its versions, the upload of a template file for an item of
 * its materials ({@code POST …/catalogue/{code}/templates}, multipart {@code item} from 1 and {@code file}), and the
 * routing guide's questions.
 */
@Component(service = CatalogueApi.class, immediate = true)
@ModuleResource
@Path("api/cnipa")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class CatalogueApi {

    private final Catalogue catalogue;
    private final CatalogueDesk desk;
    private final TemplateDesk templates;
    private final RoutingGuide guide;
    private final CentreZone zone;

    @Activate
    public CatalogueApi(@Reference Catalogue catalogue, @Reference CatalogueDesk desk,
            @Reference TemplateDesk templates, @Reference RoutingGuide guide, @Reference CentreZone zone) {
        this.templates = templates;
        this.catalogue = catalogue;
        this.desk = desk;
        this.guide = guide;
        this.zone = zone;
    }

    @GET
    @Path("catalogue")
    @Access(Audience.ANYONE)
    public List<Map<String, Object>> entries() throws SQLException {
        return catalogue.businesses().work().call(tx -> {
            Map<String, CatalogueEntry> current = catalogue.current(tx);
            List<Map<String, Object>> all = new ArrayList<>();
            for (Business business : catalogue.businesses().all(tx)) {
                if (business.active() && current.containsKey(business.code())) {
                    all.add(json(business, current.get(business.code())));
                }
            }
            return all;
        });
    }

    @GET
    @Path("catalogue/{code}")
    @Access(Audience.ANYONE)
    public Map<String, Object> entry(@PathParam("code") String code) throws SQLException {
        return catalogue.businesses().work().call(tx -> json(CataloguePages.business(catalogue, tx, code),
                catalogue.current(tx, code).orElseThrow(CataloguePages::none)));
    }

    @PUT
    @Path("catalogue/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Map<String, Object> edit(@PathParam("code") String code, Map<String, Object> body, @Context Caller caller)
            throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("cnipa.catalogue.error.noBody");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : CatalogueEntry.FIELDS) {
            Object value = body.get(field);
            typed.put(field, value == null ? "" : String.valueOf(value));
        }
        int basedOn = body.get("version") instanceof Number n ? n.intValue() : 0;
        boolean toConfirm = Boolean.TRUE.equals(body.get("toConfirm"));
        CatalogueEntry entry = desk.edit(code, basedOn, typed, toConfirm, caller);
        return entry(entry.code());
    }

    @POST
    @Path("catalogue/{code}/templates")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Map<String, Object> upload(@PathParam("code") String code, FormParts parts, @Context Caller caller)
            throws SQLException, IOException {
        TemplateFile file = templates.upload(code, TemplatePages.item(parts), TemplatePages.file(parts), caller);
        Map<String, Object> json = entry(code);
        json.put("template", TemplatePages.json(file));
        return json;
    }

    @GET
    @Path("catalogue/{code}/versions")
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public List<Map<String, Object>> versions(@PathParam("code") String code) throws SQLException {
        return catalogue.businesses().work().call(tx -> {
            Business business = CataloguePages.business(catalogue, tx, code);
            List<CatalogueEntry> versions = catalogue.versions(tx, code);
            List<Map<String, Object>> all = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                Map<String, Object> one = json(business, versions.get(i));
                one.put("editedBy", versions.get(i).editedBy());
                one.put("changed", i + 1 < versions.size() ? versions.get(i).changedFrom(versions.get(i + 1))
                        : List.of());
                all.add(one);
            }
            return all;
        });
    }

    @GET
    @Path("guide")
    @Access(Audience.ANYONE)
    public List<RoutingGuide.Question> guide() {
        return guide.questions();
    }

    private Map<String, Object> json(Business business, CatalogueEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", business.code());
        json.put("nameZh", business.nameZh());
        json.put("nameEn", business.nameEn());
        json.put("channel", business.channel());
        json.put("version", entry.version());
        json.put("versionDate", entry.editedAt().atZone(zone.zone()).toLocalDate().toString());
        json.put("editedAt", entry.editedAt().toString());
        json.put("toConfirm", entry.toConfirm());
        json.putAll(new java.util.TreeMap<>(entry.fields()));
        json.put("feeCalculator", "/cnipa/fees");
        return json;
    }
}
