package org.onestop.metrics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of one figure's last hour, as the health page draws it in inline SVG (no script): the path of the
 * samples in a {@value #WIDTH} × {@value #HEIGHT} box, the value axis from 0 to a round maximum with three ticks,
 * the time axis over the hour to {@code now} with three ticks in the centre's zone, and the lowest, highest and
 * last value for the text alternative. A sample that could not be read (NaN) leaves a gap.
 *
 * @param path   the SVG path ({@code d}) of the line, empty without samples
 * @param values the value ticks, bottom up
 * @param times  the time ticks, left to right
 * @param low    the lowest value, as shown; null without samples
 * @param high   the highest value, as shown; null without samples
 * @param last   the last value, as shown; null without samples
 * @param end    where the last sample is drawn (a dot, so that a lone sample shows too); null without one
 */
public record SvgChart(String path, List<Tick> values, List<Tick> times, String low, String high, String last,
        Dot end) {

    static final int WIDTH = 320;
    static final int HEIGHT = 140;
    static final int LEFT = 44;
    static final int RIGHT = 312;
    static final int TOP = 10;
    static final int BOTTOM = 116;
    static final Duration SPAN = Duration.ofMinutes(FigureHistory.MINUTES);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** A tick of an axis: where (x for time, y for values, in the box) and its label. */
    public record Tick(double at, String label) {
    }

    /** A point in the box. */
    public record Dot(double x, double y) {
    }

    static SvgChart of(List<Samples.Sample> samples, int decimals, Instant now, ZoneId zone) {
        Instant start = now.minus(SPAN);
        double max = samples.stream().mapToDouble(Samples.Sample::value).filter(v -> !Double.isNaN(v)).max()
                .orElse(0);
        double top = roundUp(max);
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        Dot end = null;
        for (Samples.Sample sample : samples) {
            if (Double.isNaN(sample.value()) || sample.at().isBefore(start)) {
                drawing = false;
                continue;
            }
            path.append(path.isEmpty() ? "" : " ").append(drawing ? "L" : "M")
                    .append(number(x(sample.at(), start), 1)).append(' ')
                    .append(number(y(sample.value(), top), 1));
            drawing = true;
            end = new Dot(tenth(x(sample.at(), start)), tenth(y(sample.value(), top)));
        }
        List<Tick> values = List.of(new Tick(y(0, top), number(0, 0)), new Tick(y(top / 2, top), axis(top / 2)),
                new Tick(y(top, top), axis(top)));
        List<Tick> times = List.of(new Tick(LEFT, clock(start, zone)),
                new Tick(x(start.plus(SPAN.dividedBy(2)), start), clock(start.plus(SPAN.dividedBy(2)), zone)),
                new Tick(RIGHT, clock(now, zone)));
        List<Double> read = samples.stream().map(Samples.Sample::value).filter(v -> !Double.isNaN(v)).toList();
        if (read.isEmpty()) {
            return new SvgChart(path.toString(), values, times, null, null, null, null);
        }
        return new SvgChart(path.toString(), values, times,
                number(read.stream().mapToDouble(Double::doubleValue).min().orElse(0), decimals),
                number(max, decimals), number(read.get(read.size() - 1), decimals), end);
    }

    /** The smallest of 1, 2, 5 times a power of ten at least {@code max} (at least 1). */
    static double roundUp(double max) {
        if (!(max > 1)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double x(Instant at, Instant start) {
        return LEFT + (RIGHT - LEFT) * (double) Duration.between(start, at).toMillis() / SPAN.toMillis();
    }

    private static double y(double value, double top) {
        return BOTTOM - (BOTTOM - TOP) * Math.max(0, value) / top;
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }

    private static String axis(double value) {
        return number(value, value < 10 && value != Math.rint(value) ? 1 : 0);
    }

    /** {@code value} with at most {@code decimals} decimals, without trailing zeros. */
    static String number(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
