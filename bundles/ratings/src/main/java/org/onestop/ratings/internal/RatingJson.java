package org.onestop.ratings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/** Ratings as the JSON API gives them: codes as stored, with their words in the reader's language. */
final class RatingJson {

    private RatingJson() {
    }

    /**
     * One invitation with its rating and follow-up (late after its due date, {@code today} in the centre's zone);
     * {@code staff} adds who held the case.
     */
    static Map<String, Object> of(Rating r, Messages messages, Language language, boolean staff, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("trackingNumber", r.trackingNumber());
        json.put("module", r.module());
        json.put("moduleTitle", messages.text(language, r.module() + ".module.title"));
        json.put("title", r.title(language == Language.EN ? "en" : "zh-CN"));
        json.put("status", r.status() == null ? null : r.status().in(language));
        json.put("invitedAt", r.invitedAt());
        json.put("rated", r.rated());
        json.put("level", r.rated() ? r.level().code() : null);
        json.put("levelLabel", r.rated() ? messages.text(language, r.level().key()) : null);
        json.put("points", r.rated() ? r.level().points() : null);
        json.put("badReview", r.rated() && r.level().bad());
        json.put("comment", r.comment());
        json.put("ratedAt", r.ratedAt());
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (Rating.Dimension d : r.dimensions()) {
            Map<String, Object> dimension = new LinkedHashMap<>();
            dimension.put("code", d.code());
            dimension.put("label", d.label().in(language));
            dimension.put("level", d.level() == null ? null : d.level().code());
            dimension.put("levelLabel", d.level() == null ? null : messages.text(language, d.level().key()));
            dimensions.add(dimension);
        }
        json.put("dimensions", dimensions);
        if (staff) {
            json.put("staffName", r.staffName());
        }
        if (r.followUpDue() == null) {
            json.put("followUp", null);
        } else {
            Map<String, Object> followUp = new LinkedHashMap<>();
            followUp.put("dueOn", r.followUpDue().toString());
            followUp.put("open", r.followUpOpen());
            followUp.put("overdue", r.overdue(today));
            followUp.put("response", r.response());
            followUp.put("answeredBy", r.responderName());
            followUp.put("answeredAt", r.answeredAt());
            json.put("followUp", followUp);
        }
        return json;
    }

    /** The five levels, best first, with their words and points. */
    static List<Map<String, Object>> levels(Messages messages, Language language) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(Map.of("code", level.code(), "label", messages.text(language, level.key()),
                    "points", level.points(), "bad", level.bad()));
        }
        return levels;
    }
}
