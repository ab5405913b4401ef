package org.onestop.ratings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingDimension;

/** What stops a rating from being kept: each field at fault with the reason. */
class RatingFormTest {

    private static final List<RatingDimension> ASKED = List.of(
            new RatingDimension("timeliness", Label.of("及时性", "Timeliness")),
            new RatingDimension("result", Label.of("结果", "Result")));

    @Test
    void aCompleteRatingHasNoProblem() {
        assertEquals(Map.of(), new RatingForm("satisfied", Map.of("timeliness", "very-satisfied", "result",
                "fairly-satisfied"), null).problems(ASKED));
        assertEquals(Map.of(), new RatingForm("very-satisfied", Map.of(), " ").problems(List.of()));
    }

    @Test
    void theLevelAndEachDimensionAskedAreRequiredAndMustBeOneOfTheFive() {
        assertEquals(Map.of("level", "ratings.error.levelMissing", "dimension.timeliness",
                "ratings.error.dimensionMissing", "dimension.result", "ratings.error.levelUnknown"),
                new RatingForm(null, Map.of("result", "great"), "").problems(ASKED));
        assertEquals(Map.of("level", "ratings.error.levelUnknown", "dimension.speed",
                "ratings.error.dimensionUnknown"),
                new RatingForm("5", Map.of("speed", "satisfied"), "").problems(List.of()));
    }

    @Test
    void aBadReviewNeedsACommentAndNoCommentIsOver1000Characters() {
        assertEquals(Map.of("comment", "ratings.error.commentNeeded"),
                new RatingForm("dissatisfied", Map.of(), "  ").problems(List.of()));
        assertEquals(Map.of("comment", "ratings.error.commentNeeded"),
                new RatingForm("very-dissatisfied", Map.of(), null).problems(List.of()));
        assertEquals(Map.of(), new RatingForm("fairly-satisfied", Map.of(), "").problems(List.of()),
                "基本满意 is no bad review");
        assertEquals(Map.of("comment", "ratings.error.commentLong"),
                new RatingForm("satisfied", Map.of(), "好".repeat(1001)).problems(List.of()));
        assertEquals(Map.of(), new RatingForm("dissatisfied", Map.of(), "好".repeat(1000)).problems(List.of()));
    }
}
