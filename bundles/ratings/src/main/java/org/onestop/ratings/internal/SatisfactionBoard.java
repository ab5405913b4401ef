package org.onestop.ratings.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Refusal;
import org.onestop.api.module.TileNote;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The month's satisfaction for supervisors (by module and staff member, against the target) and, when
 * {@code public_satisfaction} is on, per service for everyone: on {@code /ratings}, as JSON and as a line under each
 * rated service's tile on the home page (worked out at most once a minute).
 */
@Component(service = {SatisfactionBoard.class, TileNote.class}, configurationPid = RatingsConfig.PID)
public final class SatisfactionBoard implements TileNote {

    private static final Duration FRESH = Duration.ofMinutes(1);

    /** The month's satisfaction as the home page last worked it out. */
    private record Shown(Instant at, Satisfaction satisfaction) {
    }

    private final AtomicReference<Shown> shown = new AtomicReference<>();

    private static final Logger LOG = LoggerFactory.getLogger(SatisfactionBoard.class);
    private static final Pattern MONTH = Pattern.compile("(19|20)[0-9]{2}-(0[1-9]|1[0-2])");

    private final RatingStore store;
    private final WorkingCalendar calendar;
    private final Messages messages;
    private final int target;
    private final boolean published;

    @Activate
    public SatisfactionBoard(@Reference RatingStore store, @Reference WorkingCalendar calendar,
            @Reference Messages messages, RatingsConfig config) {
        this.store = store;
        this.calendar = calendar;
        this.messages = messages;
        this.target = config.target();
        this.published = config.public_satisfaction();
    }

    /** Whether the public may see the month's satisfaction per service. */
    public boolean published() {
        return published;
    }

    /** The satisfaction of {@code month} ({@code YYYY-MM}; this month of the centre when empty; 400 otherwise). */
    public Satisfaction month(String month) throws SQLException {
        String chosen = month == null || month.isBlank() ? thisMonth() : month.strip();
        if (!MONTH.matcher(chosen).matches()) {
            throw Refusal.badRequest("ratings.error.month");
        }
        return Satisfaction.of(chosen, target, store.ratedIn(chosen));
    }

    /** The centre's month today, {@code YYYY-MM}. */
    public String thisMonth() {
        return calendar.today().toString().substring(0, 7);
    }

    /** The statistics as JSON, with the modules' names in {@code language}. */
    public Map<String, Object> json(Satisfaction s, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", s.month());
        json.put("target", s.target());
        json.put("scale", RatingJson.levels(messages, language));
        json.put("overall", s.overall());
        json.put("modules", groups(s.modules(), language, false));
        json.put("staff", groups(s.staff(), language, true));
        return json;
    }

    /** This month's satisfaction per service, when published. */
    public Optional<Map<String, Object>> published(Language language) throws SQLException {
        if (!published) {
            return Optional.empty();
        }
        Satisfaction s = month(null);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", s.month());
        json.put("target", s.target());
        List<Map<String, Object>> services = new ArrayList<>();
        for (Satisfaction.Group g : s.modules()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("module", g.module());
            service.put("title", title(g.module(), language));
            service.put("count", g.score().count());
            service.put("score", g.score().score());
            services.add(service);
        }
        json.put("services", services);
        return Optional.of(json);
    }

    @Override
    public Map<String, String> notes(Language language) {
        if (!published) {
            return Map.of();
        }
        Shown last = shown.get();
        Instant now = Instant.now();
        if (last == null || last.at().plus(FRESH).isBefore(now) || !last.satisfaction().month().equals(thisMonth())) {
            try {
                last = new Shown(now, month(null));
            } catch (SQLException e) {
                LOG.warn("This month's satisfaction could not be read for the home page: {}", e.getMessage());
                return Map.of();
            }
            shown.set(last);
        }
        Map<String, String> notes = new LinkedHashMap<>();
        for (Satisfaction.Group g : last.satisfaction().modules()) {
            notes.put(g.module(), messages.text(language, "ratings.tile.note", String.format(java.util.Locale.ROOT, "%.1f",
                    g.score().score()), g.score().count()));
        }
        return notes;
    }

    /** The module's name in {@code language}. */
    public String title(String module, Language language) {
        return messages.text(language, module + ".module.title");
    }

    private List<Map<String, Object>> groups(List<Satisfaction.Group> groups, Language language, boolean staff) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (Satisfaction.Group g : groups) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("module", g.module());
            group.put("moduleTitle", title(g.module(), language));
            if (staff) {
                group.put("staffId", g.staffId());
                group.put("staffName", g.staffName());
            }
            group.put("count", g.score().count());
            group.put("bad", g.score().bad());
            group.put("score", g.score().score());
            group.put("meetsTarget", g.score().meetsTarget());
            group.put("levels", g.score().levels());
            json.add(group);
        }
        return json;
    }
}
