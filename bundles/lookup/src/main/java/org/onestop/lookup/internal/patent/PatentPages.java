package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.onestop.lookup.internal.Stewardship;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pages of data lookup: the overview at {@code /lookup}, patent search with facets, one patent's bibliographic
 * data, and the staff page that imports patent files and rebuilds the index.
 */
@Component(service = PatentPages.class, immediate = true)
@ModuleResource
@Path("lookup")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class PatentPages {

    private final PatentCatalogue catalogue;
    private final Messages messages;

    @Activate
    public PatentPages(@Reference PatentCatalogue catalogue, @Reference Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View overview(@Context Caller caller) throws IOException {
        return View.of("lookup/overview", "index", catalogue.status(),
                "latest", catalogue.search(PatentQuery.all(1, 5)), "steward", Stewardship.keeps(caller));
    }

    @GET
    @Path("patents")
    @Access(Audience.ANYONE)
    public Response search(@QueryParam("q") String q, @QueryParam("number") String number,
            @QueryParam("applicant") String applicant, @QueryParam("inventor") String inventor,
            @QueryParam("ipc") String ipc, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("section") String section, @QueryParam("year") String year, @QueryParam("type") String type,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context Language language, @Context Caller caller) throws IOException {
        boolean steward = Stewardship.keeps(caller);
        PatentSearchForm form = new PatentSearchForm(q, number, applicant, inventor, ipc, from, to, section, year,
                type, sort, size);
        try {
            PatentHits hits = catalogue.search(PatentQuery.parse(q, number, applicant, inventor, ipc, from, to,
                    section, year, type, sort, page, size));
            return Response.ok(View.of("lookup/patents", "form", form, "hits", hits, "error", null,
                    "steward", steward)).build();
        } catch (Refusal r) {
            // the form comes back with the reason beside it, as a page would after a bad entry
            return Response.status(400).entity(View.of("lookup/patents", "form", form, "hits", null, "error",
                    r.text(messages, language), "steward", steward)).build();
        }
    }

    @GET
    @Path("patents/import")
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public View importPage(@Context Language language) throws SQLException {
        return View.of("lookup/patent-import", "index", catalogue.status(), "jobs",
                catalogue.recent(PatentApi.RECENT, messages, language));
    }

    @GET
    @Path("patents/{number}")
    @Access(Audience.ANYONE)
    public View patent(@PathParam("number") String number, @Context Language language)
            throws IOException, SQLException {
        PatentRecord record = catalogue.get(number).orElseThrow(() -> new NotFoundException(
                messages.text(language, "lookup.error.noPatent", number)));
        return View.of("lookup/patent", "patent", record, "origin",
                catalogue.origin(record, messages, language).orElse(null));
    }
}
