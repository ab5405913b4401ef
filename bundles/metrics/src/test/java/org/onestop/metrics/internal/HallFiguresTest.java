package org.onestop.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.metrics.internal.Samples.Sample;

/** How one minute of several nodes' samples makes the hall's. */
class HallFiguresTest {

    private static final Instant MINUTE = Instant.parse("2026-12-03T08:01:00Z");

    private static HallFigures.Node node(String name, double requests, double errors, double heap, double open,
            int secondInMinute) {
        Instant at = MINUTE.plusSeconds(secondInMinute);
        Map<Figure, List<Sample>> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.REQUESTS, List.of(new Sample(at, requests)));
        figures.put(Figure.ERRORS, List.of(new Sample(at, errors)));
        figures.put(Figure.HEAP, List.of(new Sample(at, heap)));
        figures.put(Figure.OPEN_CASES, List.of(new Sample(at, open)));
        return new HallFigures.Node(name, false, figures);
    }

    @Test
    void samplesOfOneMinuteFromSeveralNodesMakeOneSampleOfTheHall() {
        Map<Figure, List<Sample>> hall = HallFigures.of(List.of(node("a", 300, 0, 200, 42, 2),
                node("b", 100, 20, 350, 42, 40), node("c", Double.NaN, Double.NaN, Double.NaN, Double.NaN, 59)));
        assertEquals(List.of(new Sample(MINUTE.plusSeconds(59), 400)), hall.get(Figure.REQUESTS),
                "summed; a figure a node could not read counts for nothing; the minute's latest time");
        assertEquals(5, hall.get(Figure.ERRORS).get(0).value(), 1e-9, "20 % of 100 of 400 requests");
        assertEquals(350, hall.get(Figure.HEAP).get(0).value(), "the fullest heap");
        assertEquals(42, hall.get(Figure.OPEN_CASES).get(0).value(), "the same database's count, not doubled");
        assertTrue(hall.get(Figure.LATENCY).isEmpty(), "no node sampled it");
    }

    @Test
    void aMinuteNoNodeCouldReadIsUnreadAndOneWithoutRequestsHasNoErrors() {
        Map<Figure, List<Sample>> hall = HallFigures.of(List.of(node("a", 0, 0, Double.NaN, 1, 5)));
        assertTrue(Double.isNaN(hall.get(Figure.HEAP).get(0).value()));
        assertEquals(0, hall.get(Figure.ERRORS).get(0).value());
    }

    @Test
    void aNodeWithoutARecordForThreeMinutesIsShownSilentButTheAnsweringNodeNever() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        Instant now = MINUTE.plusSeconds(240);
        HealthPages.NodeView quiet = HealthPages.view(node("9e1a47ff-aac8", 120, 0, 200.4, 3, 2), now, shanghai);
        assertTrue(quiet.silent(), "its last record is 3 min 58 s old");
        assertEquals("16:01", quiet.last(), "the time of its last record in the centre's zone");
        assertEquals("9e1a47ff", quiet.shortName());
        assertEquals("120", quiet.requests());
        assertEquals("200", quiet.heap());
        assertEquals(null, quiet.latency(), "a figure it never sampled");

        HealthPages.NodeView recent = HealthPages.view(node("b1", 1, 0, 1, 1, 2), MINUTE.plusSeconds(90), shanghai);
        assertTrue(!recent.silent() && recent.last() != null);
        HallFigures.Node answering = new HallFigures.Node("here", true, Map.of());
        assertTrue(!HealthPages.view(answering, now, shanghai).silent(), "the node answering is never silent");
    }
}
