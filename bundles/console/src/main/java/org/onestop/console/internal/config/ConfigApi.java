package org.onestop.console.internal.config;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.audit.AuditHistory;
import org.onestop.api.i18n.Language;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The gateway's settings as JSON for operators: {@code GET /api/ops/config} (every configurable component),
 * {@code GET /api/ops/config/{pid}} (its settings, secrets only as {@code set}, and its history);
 * {@code PUT} or {@code POST /api/ops/config/{pid}} with an object of settings to change ({@code {"smtp.port":
 * 25}}; a setting not named stays, an empty secret stays, {@code ?clear=<key>} empties one) answers what changed,
 * or a problem document (422) naming each setting at fault.
 */
@Component(service = ConfigApi.class, immediate = true)
@ModuleResource
@Path("api/ops/config")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class ConfigApi {

    private final SettingsCatalogue catalogue;
    private final ConfigEdits edits;
    private final AuditHistory history;

    /** The list of configurable components. */
    public record Listing(int total, List<SettingsCatalogue.Pid> items) {
    }

    /** A component's settings with the newest entries of its history. */
    public record Detail(String pid, String name, String description, boolean file,
            List<SettingsCatalogue.Setting> settings, List<AuditHistory.Line> history) {
    }

    @Activate
    public ConfigApi(@Reference SettingsCatalogue catalogue, @Reference ConfigEdits edits,
            @Reference AuditHistory history) {
        this.catalogue = catalogue;
        this.edits = edits;
        this.history = history;
    }

    @GET
    public Listing list(@Context Language language) {
        List<SettingsCatalogue.Pid> pids = catalogue.list(language);
        return new Listing(pids.size(), pids);
    }

    @GET
    @Path("{pid}")
    public Detail settings(@PathParam("pid") String pid, @Context Language language) throws SQLException {
        SettingsCatalogue.Form form = catalogue.form(pid, language);
        return new Detail(form.pid(), form.name(), form.description(), form.file(), form.settings(),
                history.about("config:" + pid, ConfigPages.HISTORY, language));
    }

    @PUT
    @Path("{pid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConfigEdits.Outcome put(@PathParam("pid") String pid, Map<String, Object> body,
            @QueryParam("clear") List<String> clear, @Context Caller caller, @Context Language language)
            throws SQLException {
        Map<String, String> given = new LinkedHashMap<>();
        if (body == null) {
            throw Refusal.badRequest("console.config.error.body");
        }
        for (Map.Entry<String, Object> e : body.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                throw Refusal.badRequest("console.config.error.body");
            }
            given.put(e.getKey(), v == null ? "" : String.valueOf(v));
        }
        return edits.edit(pid, given, new HashSet<>(clear == null ? List.of() : clear), caller, language);
    }

    @POST
    @Path("{pid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConfigEdits.Outcome post(@PathParam("pid") String pid, Map<String, Object> body,
            @QueryParam("clear") List<String> clear, @Context Caller caller, @Context Language language)
            throws SQLException {
        return put(pid, body, clear, caller, language);
    }
}
