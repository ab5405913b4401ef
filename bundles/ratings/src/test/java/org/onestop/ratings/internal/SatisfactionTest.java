package org.onestop.ratings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.Label;

/** The five levels on the 100-point scale, the bad-review rule, and a month's scores against the target of 83. */
class SatisfactionTest {

    @Test
    void theFiveLevelsScore100To20AndTheBottomTwoAreBadReviews() {
        assertEquals(List.of(100, 80, 60, 40, 20), Arrays.stream(Level.values()).map(Level::points).toList());
        assertEquals(List.of("very-satisfied", "satisfied", "fairly-satisfied", "dissatisfied", "very-dissatisfied"),
                Arrays.stream(Level.values()).map(Level::code).toList());
        assertEquals(List.of(false, false, false, true, true),
                Arrays.stream(Level.values()).map(Level::bad).toList());
        assertEquals(Level.FAIRLY_SATISFIED, Level.of("fairly-satisfied").orElseThrow());
        assertTrue(Level.of("满意").isEmpty());
    }

    @Test
    void aGroupScoresTheMeanOfItsPointsToOneDecimalAgainstTheTarget() {
        Satisfaction.Score below = Satisfaction.Score.of(List.of(Level.VERY_SATISFIED, Level.SATISFIED,
                Level.FAIRLY_SATISFIED), 83);
        assertEquals(80.0, below.score());
        assertFalse(below.meetsTarget());
        Satisfaction.Score met = Satisfaction.Score.of(List.of(Level.VERY_SATISFIED, Level.VERY_SATISFIED,
                Level.FAIRLY_SATISFIED), 83);
        assertEquals(86.7, met.score());
        assertTrue(met.meetsTarget());
        assertTrue(Satisfaction.Score.of(List.of(Level.VERY_SATISFIED, Level.SATISFIED, Level.SATISFIED,
                Level.SATISFIED, Level.SATISFIED, Level.SATISFIED, Level.SATISFIED, Level.SATISFIED, Level.SATISFIED,
                Level.SATISFIED), 82).meetsTarget(), "82.0 reaches a target of 82");
        Satisfaction.Score none = Satisfaction.Score.of(List.of(), 83);
        assertNull(none.score());
        assertFalse(none.meetsTarget());
        assertEquals(Map.of("very-satisfied", 2, "satisfied", 0, "fairly-satisfied", 1, "dissatisfied", 0,
                "very-dissatisfied", 0), met.levels());
    }

    @Test
    void aMonthIsCountedByModuleAndByTheStaffMemberWhoHeldTheCaseAtClosing() {
        Satisfaction month = Satisfaction.of("2026-12", 83, List.of(
                rating("preexam", 7L, "王审查员", Level.VERY_SATISFIED),
                rating("preexam", 7L, "王审查员", Level.DISSATISFIED),
                rating("preexam", null, null, Level.SATISFIED),
                rating("assistance", 9L, "陆援助员", Level.VERY_DISSATISFIED),
                rating("assistance", 9L, "陆援助员", null)));
        assertEquals(4, month.overall().count(), "an invitation not rated does not count");
        assertEquals(2, month.overall().bad());
        assertEquals(60.0, month.overall().score());
        assertEquals(List.of("preexam", "assistance"), month.modules().stream().map(Satisfaction.Group::module)
                .toList());
        assertEquals(73.3, month.modules().get(0).score().score());
        assertEquals(20.0, month.modules().get(1).score().score());
        assertEquals(List.of("王审查员 70.0", "null 80.0", "陆援助员 20.0"), month.staff().stream()
                .map(g -> g.staffName() + " " + g.score().score()).toList());
    }

    private static Rating rating(String module, Long staffId, String staffName, Level level) {
        return new Rating(1, "YS-2026-000001", module, "一种稀土永磁材料", Label.of("预审不合格", "Rejected"), 3,
                staffId, staffName, Instant.parse("2026-12-01T02:00:00Z"), List.of(), level, "", null, null, null,
                null, null);
    }
}
