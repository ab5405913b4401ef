package org.onestop.lookup.internal.nice;

import java.util.List;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Paging;
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

/**
 * The Nice classification as JSON: {@code /api/lookup/nice/classes}, one class with its items
 * {@code /api/lookup/nice/classes/{n}}, and the search {@code /api/lookup/nice/search?q=&class=&page=&size=}.
 */
@Component(service = NiceApi.class, immediate = true)
@ModuleResource
@Path("api/lookup/nice")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class NiceApi {

    /** One class with all its items. */
    public record ClassItems(NiceClass nice, List<NiceItem> items) {
    }

    private final NiceClassification classification;
    private final Messages messages;

    @Activate
    public NiceApi(@Reference NiceClassification classification, @Reference Messages messages) {
        this.classification = classification;
        this.messages = messages;
    }

    @GET
    @Path("classes")
    @Access(Audience.ANYONE)
    public List<NiceClass> classes() {
        return classification.classes();
    }

    @GET
    @Path("classes/{number}")
    @Access(Audience.ANYONE)
    public ClassItems niceClass(@PathParam("number") String number, @Context Language language) {
        int n = classNumber(number, messages, language);
        NiceClass c = classification.of(n).orElseThrow(() -> new NotFoundException(
                messages.text(language, "lookup.nice.error.noClass", number)));
        return new ClassItems(c, classification.items(n));
    }

    @GET
    @Path("search")
    @Access(Audience.ANYONE)
    public NiceMatches search(@QueryParam("q") String q, @QueryParam("class") String cls,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context Language language) {
        Paging paging = Paging.parse(page, size, 50, NiceClassification.MAX_PAGE_SIZE);
        Integer n = cls == null || cls.isBlank() ? null : classNumber(cls, messages, language);
        return classification.search(q, n, paging.page(), paging.size());
    }

    static int classNumber(String number, Messages messages, Language language) {
        try {
            int n = Integer.parseInt(number.strip());
            if (n >= 1 && n <= 45) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.badRequest("lookup.nice.error.class", number);
    }
}
