package org.onestop.console.internal.config;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onestop.api.audit.AuditHistory;
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
 * The operators' pages of the gateway's settings: {@code /ops/config} lists every configurable component (from
 * its metatype) and whether it has a file in {@code config/}; {@code /ops/config/{pid}} shows a component's
 * settings (label, description, type, default, value; secrets never shown) in a form, and the history of its
 * changes from the audit trail. The form posts each setting as {@code s:<key>} ({@code clear:<key>} empties a
 * secret); a refused edit shows the form again with what is wrong beside each setting.
 */
@Component(service = ConfigPages.class, immediate = true)
@ModuleResource
@Path("ops/config")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class ConfigPages {

    /** How many entries of a component's history its page shows. */
    static final int HISTORY = 20;

    private final SettingsCatalogue catalogue;
    private final ConfigEdits edits;
    private final AuditHistory history;
    private final Messages messages;

    @Activate
    public ConfigPages(@Reference SettingsCatalogue catalogue, @Reference ConfigEdits edits,
            @Reference AuditHistory history, @Reference Messages messages) {
        this.catalogue = catalogue;
        this.edits = edits;
        this.history = history;
        this.messages = messages;
    }

    @GET
    public View list(@Context Language language) {
        return View.of("console/config", "pids", catalogue.list(language));
    }

    @GET
    @Path("{pid}")
    public Response settings(@PathParam("pid") String pid, @QueryParam("done") String done,
            @QueryParam("applied") String applied, @Context Language language) throws SQLException {
        return page(pid, Map.of(), Map.of(), null, done == null ? "" : done.replaceAll("[^0-9]", ""),
                !"false".equals(applied), 200, language);
    }

    @POST
    @Path("{pid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("pid") String pid, MultivaluedMap<String, String> form, @Context Caller caller,
            @Context Language language) throws SQLException {
        Map<String, String> given = new LinkedHashMap<>();
        Set<String> cleared = new HashSet<>();
        form.forEach((name, values) -> {
            if (name.startsWith("s:") && !values.isEmpty()) {
                given.put(name.substring(2), values.get(0));
            } else if (name.startsWith("clear:")) {
                cleared.add(name.substring(6));
            }
        });
        try {
            ConfigEdits.Outcome outcome = edits.edit(pid, given, cleared, caller, language);
            return Response.seeOther(URI.create("/ops/config/" + URLEncoder.encode(pid, StandardCharsets.UTF_8)
                    + "?done=" + outcome.changes().size() + "&applied=" + outcome.applied())).build();
        } catch (Refusal refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return page(pid, given, refused.fields(), refused.text(messages, language), "", true, refused.status(),
                    language);
        }
    }

    private Response page(String pid, Map<String, String> entered, Map<String, String> errors, String problem,
            String done, boolean applied, int status, Language language) throws SQLException {
        SettingsCatalogue.Form form = catalogue.form(pid, language);
        List<AuditHistory.Line> lines = history.about("config:" + pid, HISTORY, language);
        return Response.status(status).entity(View.of("console/config-pid", "form", form, "entered", entered,
                "errors", errors, "problem", problem == null ? "" : problem, "done", done, "applied", applied,
                "history", lines)).build();
    }
}
