package org.onestop.assistance.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
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
import jakarta.ws.rs.FormParam;
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
 * {@code /assistance/experts}: the expert pool page of assistance officers and supervisors: the experts, active ones
 * first, and a form to add one; {@code /assistance/experts/{id}} edits one (clearing "active" deactivates it). A
 * refused form comes back with each field's problem in place.
 */
@Component(service = ExpertPages.class, immediate = true)
@ModuleResource
@Path("assistance/experts")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
public final class ExpertPages {

    private final ExpertPool pool;
    private final Messages messages;

    @Activate
    public ExpertPages(@Reference ExpertPool pool, @Reference Messages messages) {
        this.pool = pool;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public View pool(@QueryParam("saved") String saved) throws SQLException {
        return page(new Expert(null, "", "", List.of(), "", true), Map.of(), null, saved != null);
    }

    @GET
    @Path("{id}")
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public View editing(@PathParam("id") long id) throws SQLException {
        return page(pool.expert(id), Map.of(), null, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Response add(@FormParam("name") String name, @FormParam("organisation") String organisation,
            @FormParam("rightTypes") List<String> rightTypes, @FormParam("ipc") String ipc,
            @FormParam("contact") String contact, @Context Caller caller, @Context Language language)
            throws SQLException {
        return save(null, typed(null, name, organisation, rightTypes, ipc, contact, "on"), caller, language);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public Response edit(@PathParam("id") long id, @FormParam("name") String name,
            @FormParam("organisation") String organisation, @FormParam("rightTypes") List<String> rightTypes,
            @FormParam("ipc") String ipc, @FormParam("contact") String contact, @FormParam("active") String active,
            @Context Caller caller, @Context Language language) throws SQLException {
        pool.expert(id);
        return save(id, typed(id, name, organisation, rightTypes, ipc, contact, active), caller, language);
    }

    private Response save(Long id, Expert expert, Caller caller, Language language) throws SQLException {
        try {
            if (id == null) {
                pool.add(expert, caller);
            } else {
                pool.edit(id, expert, caller);
            }
            return Response.seeOther(URI.create("/assistance/experts?saved=1")).build();
        } catch (Refusal refusal) {
            Map<String, String> texts = ApplicationPages.texts(refusal, messages, language);
            return Response.status(refusal.status())
                    .entity(page(expert, texts, refusal.text(messages, language), false)).build();
        }
    }

    private static Expert typed(Long id, String name, String organisation, List<String> rightTypes, String ipc,
            String contact, String active) {
        List<String> fields = new ArrayList<>(rightTypes == null ? List.of() : rightTypes);
        fields.addAll(Expert.split(ipc));
        return new Expert(id, name, organisation, fields, contact, active != null && !active.isBlank());
    }

    private View page(Expert expert, Map<String, String> errors, String problem, boolean saved)
            throws SQLException {
        List<String> ipc = expert.fields().stream().filter(f -> Choice.of(RightType.class, f).isEmpty()).toList();
        return View.of("assistance/experts", "experts", expert.id() == null ? pool.experts() : List.of(),
                "expert", expert, "ipc", String.join(", ", ipc), "rightTypes", Choice.options(RightType.values()),
                "errors", errors, "problem", problem, "notice", saved ? "assistance.experts.saved" : "");
    }
}
