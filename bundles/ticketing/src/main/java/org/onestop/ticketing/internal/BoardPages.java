package org.onestop.ticketing.internal;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.Label;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.statistics.StatisticsSheet;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The hall's display board, {@code /ticketing/board}, public, for the screen across the hall: the snapshot as the page
 * opens, then kept live by {@code static/js/board.js} from the board's events (and spoken, once sound is on). Its
 * texts are shown in Chinese first with English beneath, whatever the page's language, for every visitor of the hall.
 */
@Component(service = BoardPages.class, immediate = true)
@ModuleResource
@Path("ticketing/board")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class BoardPages {

    /** The board's texts, each shown in both languages ({@code ticketing.board.<word>}). */
    static final List<String> WORDS = List.of("title", "calling", "number", "counter", "noneCalled", "recent",
            "waiting", "sound", "soundOn", "reconnecting");

    private final HallBoard board;
    private final HallHours hours;
    private final Messages messages;

    @Activate
    public BoardPages(@Reference HallBoard board, @Reference HallHours hours, @Reference Messages messages) {
        this.board = board;
        this.hours = hours;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View page() throws SQLException {
        Map<String, Label> words = new LinkedHashMap<>();
        for (String word : WORDS) {
            words.put(word, both("ticketing.board." + word));
        }
        ZoneId zone = hours.zone();
        words.put("zone", Label.of(StatisticsSheet.zoneName(messages, Language.ZH_CN, zone),
                StatisticsSheet.zoneName(messages, Language.EN, zone)));
        return View.of("ticketing/board", "board", board.snapshot(), "words", words, "zone", zone.getId(),
                "counterZh", messages.text(Language.ZH_CN, "ticketing.board.counterNumber", "{counter}"),
                "counterEn", messages.text(Language.EN, "ticketing.board.counterNumber", "{counter}"),
                "peopleZh", messages.text(Language.ZH_CN, "ticketing.board.people", "{n}"),
                "peopleEn", messages.text(Language.EN, "ticketing.board.people", "{n}"));
    }

    private Label both(String key) {
        return Label.of(messages.text(Language.ZH_CN, key), messages.text(Language.EN, key));
    }
}
