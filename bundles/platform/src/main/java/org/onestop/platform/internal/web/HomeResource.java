package org.onestop.platform.internal.web;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.onestop.api.i18n.Language;
import org.onestop.api.view.LocalPath;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.TileNote;
import org.onestop.api.view.View;
import org.onestop.platform.internal.shell.Portal;
import org.onestop.platform.internal.shell.Tile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The hall's home page (one tile per running module, with the lines {@link TileNote}s add under them), the language switch, the switch to the elderly-friendly mode
 * (长辈版) and back, and the list of running modules as JSON.
 */
@Component(service = HomeResource.class, immediate = true)
@Access(Audience.ANYONE)
@ModuleResource
@Path("/")
public final class HomeResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final Portal portal;
    private final List<TileNote> notes = new CopyOnWriteArrayList<>();

    @Activate
    public HomeResource(@Reference Portal portal) {
        this.portal = portal;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addNote(TileNote note) {
        notes.add(note);
    }

    public void removeNote(TileNote note) {
        notes.remove(note);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View home(@Context Language language) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (TileNote note : notes) {
            note.notes(language).forEach(lines::putIfAbsent);
        }
        return View.of("shell/home", "notes", lines);
    }

    /** The running modules in tile order, in the request's language. */
    @GET
    @Path("api/portal/modules")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Tile> modules(@Context Language language) {
        return portal.tiles(language);
    }

    /**
     * Remembers the visitor's language in a cookie and goes back to {@code next}, a path of this site (anything
     * else goes to the home page).
     */
    @GET
    @Path("lang/{tag}")
    public Response switchLanguage(@PathParam("tag") String tag, @QueryParam("next") String next) {
        Language language = LanguageChoice.parse(tag).orElseThrow(NotFoundException::new);
        return remembered(Language.COOKIE, language.tag(), next);
    }

    /**
     * Remembers the visitor's reading mode ({@code senior}, the elderly-friendly mode, or {@code standard}) in a
     * cookie and goes back to {@code next}, a path of this site.
     */
    @GET
    @Path("mode/{mode}")
    public Response switchMode(@PathParam("mode") String code, @QueryParam("next") String next) {
        ReadingMode mode = ReadingMode.parse(code).orElseThrow(NotFoundException::new);
        return remembered(ReadingMode.COOKIE, mode.code(), next);
    }

    /** Back to {@code next} with a choice remembered for a year in the cookie {@code name}. */
    private static Response remembered(String name, String value, String next) {
        NewCookie cookie = new NewCookie.Builder(name).value(value).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(LocalPath.orHome(next))).cookie(cookie).build();
    }
}
