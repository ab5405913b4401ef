package org.onestop.ratings.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.RatingDimension;

/**
 * A rating as the applicant sends it: the overall level, a level for each dimension asked and a comment.
 *
 * @param level      the overall level's code
 * @param dimensions each dimension's code with its level's code
 * @param comment    the applicant's words, or null
 */
public record RatingForm(String level, Map<String, String> dimensions, String comment) {

    /** The longest comment kept. */
    public static final int COMMENT_MAX = 1000;

    public RatingForm {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(dimensions));
        comment = comment == null ? "" : comment.strip();
    }

    /**
     * Each field at fault with its message key, for a rating that asks {@code asked}: the level missing or unknown,
     * a dimension asked but not scored or scored with an unknown level, a dimension not asked, a comment too long,
     * a bad review without a comment (the follow-up needs to know what went wrong). Empty when the rating can be kept.
     */
    public Map<String, String> problems(List<RatingDimension> asked) {
        Map<String, String> problems = new LinkedHashMap<>();
        Level overall = Level.of(level).orElse(null);
        if (overall == null) {
            problems.put("level", level == null || level.isBlank() ? "ratings.error.levelMissing"
                    : "ratings.error.levelUnknown");
        }
        for (RatingDimension dimension : asked) {
            String given = dimensions.get(dimension.code());
            if (given == null || given.isBlank()) {
                problems.put("dimension." + dimension.code(), "ratings.error.dimensionMissing");
            } else if (Level.of(given).isEmpty()) {
                problems.put("dimension." + dimension.code(), "ratings.error.levelUnknown");
            }
        }
        for (String code : dimensions.keySet()) {
            if (asked.stream().noneMatch(d -> d.code().equals(code))) {
                problems.put("dimension." + code, "ratings.error.dimensionUnknown");
            }
        }
        if (comment.length() > COMMENT_MAX) {
            problems.put("comment", "ratings.error.commentLong");
        } else if (overall != null && overall.bad() && comment.isEmpty()) {
            problems.put("comment", "ratings.error.commentNeeded");
        }
        return problems;
    }

    /** The overall level; only after {@link #problems} found none. */
    public Level overall() {
        return Level.of(level).orElseThrow();
    }
}
