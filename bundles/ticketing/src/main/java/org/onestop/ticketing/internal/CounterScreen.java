package org.onestop.ticketing.internal;

import java.sql.SQLException;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.PublicAddress;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The counter's own screen facing the visitor ({@code /ticketing/counters/{number}/screen}, public, for the display
 * at the counter): the number called or served there and, for {@link CounterViews#RATING_SHOWN} after a visit is
 * finished while nobody else is at the counter, the QR code of that visit's rate link. {@code counter.js} reloads it
 * on the hall's events and every half minute.
 */
@Component(service = CounterScreen.class, immediate = true)
@ModuleResource
@Path("ticketing/counters/{number}/screen")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class CounterScreen {

    private final CounterViews views;
    private final PublicAddress address;

    @Activate
    public CounterScreen(@Reference CounterViews views, @Reference PublicAddress address) {
        this.views = views;
        this.address = address;
    }

    @GET
    @Access(Audience.ANYONE)
    public View screen(@PathParam("number") int number, @Context Language language) throws SQLException {
        Map<String, Object> screen = views.screen(number, language);
        Object key = screen.get("rate");
        QrPicture code = key == null ? null : QrPicture.of(address.url() + "/ticketing/tickets/" + key + "/rate");
        return View.of("ticketing/counter-screen", "screen", screen, "codeSize", code == null ? 0 : code.size(),
                "codePath", code == null ? "" : code.path());
    }
}
