package org.onestop.ratings.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Satisfaction of one month on the 100-point scale: each rating counts the points of its level ({@link Level}), a
 * group's score is their mean to one decimal, set against the target (the region's 2025 target for satisfaction with
 * IP protection, 83 points, 内蒙古自治区贯彻落实《知识产权强国建设纲要》实施方案).
 *
 * @param month   the centre's month, {@code YYYY-MM}
 * @param target  the target on the 100-point scale
 * @param overall every rating of the month
 * @param modules by module, in the order of their first rating's module id
 * @param staff   by module and staff member who held the case at closing
 */
public record Satisfaction(String month, int target, Score overall, List<Group> modules, List<Group> staff) {

    /**
     * The ratings of a group.
     *
     * @param count       how many
     * @param bad         how many were bad reviews
     * @param score       the mean on the 100-point scale to one decimal, or null without a rating
     * @param meetsTarget whether the score reaches the target
     * @param levels      how many of each level, best first
     */
    public record Score(int count, int bad, Double score, boolean meetsTarget, Map<String, Integer> levels) {

        static Score of(Collection<Level> given, int target) {
            Map<Level, Integer> counted = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                counted.put(level, 0);
            }
            given.forEach(l -> counted.merge(l, 1, Integer::sum));
            int count = given.size();
            Double score = count == 0 ? null
                    : Math.round(given.stream().mapToInt(Level::points).sum() * 10.0 / count) / 10.0;
            Map<String, Integer> levels = new LinkedHashMap<>();
            counted.forEach((level, n) -> levels.put(level.code(), n));
            return new Score(count, (int) given.stream().filter(Level::bad).count(), score,
                    score != null && score >= target, levels);
        }
    }

    /**
     * One module, or one staff member within a module.
     *
     * @param module    the module's id
     * @param staffId   the staff member, or null (for a module, or cases closed without one)
     * @param staffName the staff member's name, or null
     * @param score     the group's ratings
     */
    public record Group(String module, Long staffId, String staffName, Score score) {
    }

    /** The month's satisfaction from the ratings given in it. */
    static Satisfaction of(String month, int target, List<Rating> ratings) {
        List<Rating> rated = ratings.stream().filter(Rating::rated).toList();
        Map<String, List<Rating>> byModule = rated.stream()
                .collect(Collectors.groupingBy(Rating::module, LinkedHashMap::new, Collectors.toList()));
        List<Group> modules = new ArrayList<>();
        List<Group> staff = new ArrayList<>();
        byModule.forEach((module, ofModule) -> {
            modules.add(new Group(module, null, null, score(ofModule, target)));
            // a staff member by account; one known only by name (a course's trainer) by that name
            Map<String, List<Rating>> byStaff = ofModule.stream().collect(Collectors.groupingBy(
                    r -> r.staffId() != null ? "#" + r.staffId() : Objects.toString(r.staffName(), ""),
                    LinkedHashMap::new, Collectors.toList()));
            byStaff.forEach((key, ofStaff) -> staff.add(new Group(module, ofStaff.get(0).staffId(),
                    ofStaff.stream().map(Rating::staffName).filter(Objects::nonNull).findFirst().orElse(null),
                    score(ofStaff, target))));
        });
        return new Satisfaction(month, target, score(rated, target), modules, staff);
    }

    private static Score score(List<Rating> ratings, int target) {
        return Score.of(ratings.stream().map(Rating::level).toList(), target);
    }
}
