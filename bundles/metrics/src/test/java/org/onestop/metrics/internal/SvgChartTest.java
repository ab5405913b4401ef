package org.onestop.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The last hour of a figure drawn as an SVG path, with axes in the centre's zone and a text alternative. */
class SvgChartTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static Samples.Sample at(int minutesAgo, double value) {
        return new Samples.Sample(NOW.minusSeconds(60L * minutesAgo), value);
    }

    @Test
    void drawsTheSamplesAcrossTheHourUpToARoundMaximum() {
        SvgChart chart = SvgChart.of(List.of(at(60, 0), at(30, 40), at(0, 80)), 0, NOW, BEIJING);

        // x from 44 (an hour ago) to 312 (now); y from 116 (0) up to 10 (100, the round maximum above 80)
        assertEquals("M44 116 L178 73.6 L312 31.2", chart.path());
        assertEquals(List.of("0", "50", "100"), chart.values().stream().map(SvgChart.Tick::label).toList());
        assertEquals(List.of(116.0, 63.0, 10.0), chart.values().stream().map(SvgChart.Tick::at).toList());
        assertEquals(List.of("15:00", "15:30", "16:00"), chart.times().stream().map(SvgChart.Tick::label).toList(),
                "in Beijing time");
        assertEquals("0", chart.low());
        assertEquals("80", chart.high());
        assertEquals("80", chart.last());
        assertEquals(new SvgChart.Dot(312, 31.2), chart.end());
    }

    @Test
    void aSampleThatCouldNotBeReadLeavesAGap() {
        SvgChart chart = SvgChart.of(List.of(at(60, 1), at(30, Double.NaN), at(15, 1), at(0, 1)), 1, NOW, BEIJING);

        assertEquals("M44 10 M245 10 L312 10", chart.path());
        assertEquals("1", chart.last());
    }

    @Test
    void withoutSamplesThereIsNoLineAndNothingToSay() {
        SvgChart chart = SvgChart.of(List.of(), 0, NOW, BEIJING);

        assertEquals("", chart.path());
        assertEquals(List.of("0", "0.5", "1"), chart.values().stream().map(SvgChart.Tick::label).toList());
        assertNull(chart.last());
        assertNull(chart.low());
        assertNull(chart.end());
    }

    @Test
    void aLoneSampleIsADot() {
        SvgChart chart = SvgChart.of(List.of(at(0, 5)), 0, NOW, BEIJING);

        assertEquals("M312 10", chart.path());
        assertEquals(new SvgChart.Dot(312, 10), chart.end());
    }

    @Test
    void showsValuesWithTheFiguresDecimals() {
        SvgChart chart = SvgChart.of(List.of(at(2, 0.25), at(1, 2.04)), 1, NOW, BEIJING);

        assertEquals("0.3", chart.low());
        assertEquals("2", chart.high());
        assertEquals(List.of("0", "2.5", "5"), chart.values().stream().map(SvgChart.Tick::label).toList());
    }

    @Test
    void roundsTheAxisUpToOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, SvgChart.roundUp(0));
        assertEquals(1, SvgChart.roundUp(0.3));
        assertEquals(2, SvgChart.roundUp(1.5));
        assertEquals(5, SvgChart.roundUp(4.1));
        assertEquals(10, SvgChart.roundUp(10));
        assertEquals(200, SvgChart.roundUp(101));
        assertEquals(1000, SvgChart.roundUp(501));
    }
}
