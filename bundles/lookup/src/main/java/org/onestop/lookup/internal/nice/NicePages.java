package org.onestop.lookup.internal.nice;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Paging;
import org.onestop.api.view.View;
import org.onestop.api.module.Refusal;
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

/** The pages of the Nice classification: all classes with a search box and results, and one class's items. */
@Component(service = NicePages.class, immediate = true)
@ModuleResource
@Path("lookup/nice")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class NicePages {

    private final NiceClassification classification;
    private final Messages messages;

    @Activate
    public NicePages(@Reference NiceClassification classification, @Reference Messages messages) {
        this.classification = classification;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public Response classes(@QueryParam("q") String q, @QueryParam("page") String page,
            @Context Language language) {
        String shown = q == null ? "" : q.strip();
        try {
            Paging paging = Paging.parse(page, null, 50, NiceClassification.MAX_PAGE_SIZE);
            NiceMatches matches = shown.isEmpty() ? null
                    : classification.search(q, null, paging.page(), paging.size());
            return Response.ok(View.of("lookup/nice", "classes", classification.classes(), "matches", matches,
                    "q", shown, "error", null)).build();
        } catch (Refusal r) {
            return Response.status(400).entity(View.of("lookup/nice", "classes", classification.classes(),
                    "matches", null, "q", shown.length() > 200 ? "" : shown, "error", r.text(messages, language)))
                    .build();
        }
    }

    @GET
    @Path("{number}")
    @Access(Audience.ANYONE)
    public View niceClass(@PathParam("number") String number, @Context Language language) {
        int n = NiceApi.classNumber(number, messages, language);
        NiceClass c = classification.of(n).orElseThrow(() -> new NotFoundException(
                messages.text(language, "lookup.nice.error.noClass", number)));
        return View.of("lookup/nice-class", "nice", c, "items", classification.items(n));
    }
}
