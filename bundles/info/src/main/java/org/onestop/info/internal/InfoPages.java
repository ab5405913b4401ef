package org.onestop.info.internal;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Paging;
import org.onestop.api.view.View;
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
 * The pages of the centre's information: an overview at {@code /info}, news and notices (searchable by title),
 * one item, the service guide, one service, and the contact details.
 */
@Component(service = InfoPages.class, immediate = true)
@Access(Audience.ANYONE)
@ModuleResource
@Path("info")
@Produces(MediaType.TEXT_HTML)
public final class InfoPages {

    private final Newsroom newsroom;
    private final ServiceGuide guide;
    private final CentreContact contact;
    private final Messages messages;

    @Activate
    public InfoPages(@Reference Newsroom newsroom, @Reference ServiceGuide guide, @Reference CentreContact contact,
            @Reference Messages messages) {
        this.newsroom = newsroom;
        this.guide = guide;
        this.contact = contact;
        this.messages = messages;
    }

    @GET
    public View overview(@Context Language language) throws SQLException {
        Paging latest = new Paging(1, 5);
        return View.of("info/overview",
                "news", newsroom.find(ArticleQuery.of(null, "NEWS", latest), language),
                "notices", newsroom.find(ArticleQuery.of(null, "NOTICE", latest), language),
                "guide", guide.all(language),
                "contact", contact.in(language));
    }

    @GET
    @Path("news")
    public View news(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("page") String page,
            @Context Language language) throws SQLException {
        Paging paging = Paging.parse(page, null, 10, ArticleQuery.MAX_SIZE);
        String k = ArticleKinds.parse(kind, messages, language);
        return View.of("info/news-list",
                "result", newsroom.find(ArticleQuery.of(q, k, paging), language),
                "q", q == null ? "" : q.strip(),
                "kind", k == null ? "" : k.toLowerCase(java.util.Locale.ROOT));
    }

    @GET
    @Path("news/{slug}")
    public View article(@PathParam("slug") String slug, @Context Language language) throws SQLException {
        Article article = newsroom.get(slug, language).orElseThrow(
                () -> new NotFoundException(messages.text(language, "info.error.noArticle", slug)));
        return View.of("info/article", "article", article);
    }

    @GET
    @Path("guide")
    public View guide(@Context Language language) throws SQLException {
        return View.of("info/guide-list", "entries", guide.all(language));
    }

    @GET
    @Path("guide/{slug}")
    public View guideEntry(@PathParam("slug") String slug, @Context Language language) throws SQLException {
        GuideEntry entry = guide.get(slug, language).orElseThrow(
                () -> new NotFoundException(messages.text(language, "info.error.noGuide", slug)));
        return View.of("info/guide-entry", "entry", entry);
    }

    @GET
    @Path("contact")
    public View contact(@Context Language language) {
        return View.of("info/contact", "contact", contact.in(language));
    }
}
