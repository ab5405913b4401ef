package org.onestop.info.internal;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.PublicAnswer;
import org.onestop.api.module.Paging;
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
 * The centre's information as JSON: {@code /api/info/news} (with {@code q}, {@code kind}, {@code page},
 * {@code size}), {@code /api/info/news/{slug}}, {@code /api/info/guide}, {@code /api/info/guide/{slug}},
 * {@code /api/info/contact}. Texts follow {@code ?lang=}, then {@code Accept-Language}.
 */
@Component(service = InfoApi.class, immediate = true)
@Access(Audience.ANYONE)
@ModuleResource
@Path("api/info")
@Produces(MediaType.APPLICATION_JSON)
public final class InfoApi {

    private final Newsroom newsroom;
    private final ServiceGuide guide;
    private final CentreContact contact;
    private final Messages messages;

    @Activate
    public InfoApi(@Reference Newsroom newsroom, @Reference ServiceGuide guide, @Reference CentreContact contact,
            @Reference Messages messages) {
        this.newsroom = newsroom;
        this.guide = guide;
        this.contact = contact;
        this.messages = messages;
    }

    @GET
    @PublicAnswer
    @Path("news")
    public ArticlePage news(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context Language language)
            throws SQLException {
        Paging paging = Paging.parse(page, size, 20, ArticleQuery.MAX_SIZE);
        return newsroom.find(ArticleQuery.of(q, ArticleKinds.parse(kind, messages, language), paging), language);
    }

    @GET
    @PublicAnswer
    @Path("news/{slug}")
    public Article article(@PathParam("slug") String slug, @Context Language language) throws SQLException {
        return newsroom.get(slug, language).orElseThrow(
                () -> new NotFoundException(messages.text(language, "info.error.noArticle", slug)));
    }

    @GET
    @PublicAnswer
    @Path("guide")
    public List<GuideEntry> guide(@Context Language language) throws SQLException {
        return guide.all(language);
    }

    @GET
    @PublicAnswer
    @Path("guide/{slug}")
    public GuideEntry guideEntry(@PathParam("slug") String slug, @Context Language language) throws SQLException {
        return guide.get(slug, language).orElseThrow(
                () -> new NotFoundException(messages.text(language, "info.error.noGuide", slug)));
    }

    @GET
    @PublicAnswer
    @Path("contact")
    public Contact contact(@Context Language language) {
        return contact.in(language);
    }
}
