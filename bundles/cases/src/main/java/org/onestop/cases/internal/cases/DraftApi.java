package org.onestop.cases.internal.cases;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Draft;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
 * An applicant's drafts as JSON: {@code GET /api/drafts?module=…} lists them, {@code POST} saves a new one,
 * {@code GET/PUT/DELETE /api/drafts/{id}} reads, replaces and discards one.
 */
@Component(service = DraftApi.class, immediate = true)
@ModuleResource
@Path("api/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class DraftApi {

    private final DraftStore drafts;

    @Activate
    public DraftApi(@Reference DraftStore drafts) {
        this.drafts = drafts;
    }

    @GET
    public List<Draft> mine(@QueryParam("module") String module, @Context Caller caller) throws SQLException {
        if (module == null || module.isBlank()) {
            throw new CaseRefusal(400, "case.refused.draftModule");
        }
        return drafts.mine(module, caller);
    }

    @POST
    public Response create(Draft draft, @Context Caller caller) throws SQLException {
        Draft saved = drafts.save(checked(draft, null), caller);
        return Response.created(URI.create("/api/drafts/" + saved.id())).entity(saved).build();
    }

    @GET
    @Path("{id}")
    public Draft read(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return drafts.find(id, caller).orElseThrow(() -> new CaseRefusal(404, "case.refused.draftNotFound"));
    }

    @PUT
    @Path("{id}")
    public Draft replace(@PathParam("id") long id, Draft draft, @Context Caller caller) throws SQLException {
        Draft stored = read(id, caller);
        Draft body = checked(draft, stored);
        return drafts.save(new Draft(id, stored.module(), stored.caseType(), body.title(), body.content(),
                body.attachmentIds(), null), caller);
    }

    @DELETE
    @Path("{id}")
    public Response discard(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        drafts.discard(id, caller);
        return Response.noContent().build();
    }

    private static Draft checked(Draft draft, Draft stored) {
        if (draft == null) {
            throw new CaseRefusal(400, "case.refused.draftBody");
        }
        if (stored == null && (blank(draft.module()) || blank(draft.caseType()))) {
            throw new CaseRefusal(422, "case.refused.draftModule");
        }
        return new Draft(null, draft.module(), draft.caseType(), draft.title(), draft.content(),
                draft.attachmentIds(), null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
