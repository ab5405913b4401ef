package org.onestop.cnipa.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.UploadedFile;
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
import jakarta.ws.rs.core.Response;

/**
 * {@code /cnipa/catalogue/{code}/templates}: window clerks and supervisors upload a template file for an item of an
 * entry's materials checklist (one small form per item, the problem shown at its item); anyone downloads a template
 * from its stable address {@code …/templates/{id}} (its file name in {@code Content-Disposition}, its type, never
 * sniffed).
 */
@Component(service = TemplatePages.class, immediate = true)
@ModuleResource
@Path("cnipa/catalogue/{code}/templates")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class TemplatePages {

    private final Catalogue catalogue;
    private final TemplateFiles files;
    private final TemplateDesk desk;
    private final Messages messages;

    @Activate
    public TemplatePages(@Reference Catalogue catalogue, @Reference TemplateFiles files, @Reference TemplateDesk desk,
            @Reference Messages messages) {
        this.catalogue = catalogue;
        this.files = files;
        this.desk = desk;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public View templates(@PathParam("code") String code, @QueryParam("done") String done,
            @Context Language language) throws SQLException {
        return page(code, 0, "", "uploaded".equals(done) ? "cnipa.template.uploaded" : "", language);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(value = Audience.STAFF, roles = {Role.COUNTER_CLERK, Role.SUPERVISOR})
    public Response upload(@PathParam("code") String code, FormParts parts, @Context Caller caller,
            @Context Language language) throws SQLException, IOException {
        int item = item(parts);
        try {
            desk.upload(code, item, file(parts), caller);
            return Response.seeOther(URI.create("/cnipa/catalogue/" + code + "/templates?done=uploaded")).build();
        } catch (Refusal refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            String error = refused.fields().values().stream().findFirst().map(k -> messages.text(language, k))
                    .orElse(refused.text(messages, language));
            return Response.status(refused.status()).entity(page(code, item, error, "", language)).build();
        }
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Produces(MediaType.WILDCARD)
    @Access(Audience.ANYONE)
    public Response download(@PathParam("code") String code, @PathParam("id") long id) throws SQLException {
        var found = catalogue.businesses().work().call(tx -> files.content(tx, id))
                .filter(f -> f.getKey().business().equals(code))
                .orElseThrow(() -> new Refusal(404, "cnipa.template.none"));
        TemplateFile file = found.getKey();
        return Response.ok(found.getValue(), file.kind().mediaType())
                .header("Content-Disposition", disposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=86400")
                .build();
    }

    /** The first file sent in the field {@code file}, or null. */
    static UploadedFile file(FormParts parts) {
        return parts.files("file").stream().findFirst().orElse(null);
    }

    /** The item number sent (from 1), or 0. */
    static int item(FormParts parts) {
        try {
            return Integer.parseInt(parts.field("item").orElse("0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266, 8187): an ASCII name with any other character
     * replaced by {@code _} for old clients ({@code template.<ext>} when nothing of the name is left), and the exact
     * name percent-encoded.
     */
    static String disposition(String name) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        name.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            encoded.append(c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)
                    ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        int dot = ascii.lastIndexOf(".");
        String fallback = ascii.substring(0, Math.max(dot, 0)).replace("_", "").isBlank()
                ? "template" + (dot >= 0 ? ascii.substring(dot) : "") : ascii.toString();
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    private View page(String code, int item, String error, String notice, Language language) throws SQLException {
        return catalogue.businesses().work().call(tx -> {
            Business business = CataloguePages.business(catalogue, tx, code);
            CatalogueEntry entry = catalogue.current(tx, code).orElseThrow(CataloguePages::none);
            List<Material> materials = entry.materials(language);
            return View.of("cnipa/catalogue/templates", "business", business, "materials", materials, "files",
                    files.find(tx, ids(materials)), "item", item, "error", error, "notice", notice);
        });
    }

    /** The ids of the template files {@code materials} link. */
    static List<Long> ids(List<Material> materials) {
        List<Long> ids = new ArrayList<>();
        materials.forEach(m -> {
            long id = TemplateFile.idOf(m.template());
            if (id > 0) {
                ids.add(id);
            }
        });
        return ids;
    }

    static Map<String, Object> json(TemplateFile file) {
        return Map.of("id", file.id(), "name", file.name(), "kind", file.kind().extension(), "mediaType",
                file.kind().mediaType(), "size", file.size(), "address", file.address());
    }
}
