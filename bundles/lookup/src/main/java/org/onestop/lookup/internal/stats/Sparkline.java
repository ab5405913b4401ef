package org.onestop.lookup.internal.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small trend line of an indicator on the overview, as SVG coordinates in a box of {@link #WIDTH} ×
 * {@link #HEIGHT}: the actual values as a line with a dot on the latest, the target as a dashed horizontal line at
 * its level with a marker at its period, never as a bar. Time runs left to right by the last day of each period;
 * the vertical scale starts at zero.
 *
 * @param points  the actual values as an SVG {@code points} list, oldest first; empty without actual values
 * @param lastX   where the latest actual value is drawn
 * @param lastY   where the latest actual value is drawn
 * @param targetX where the target's period ends; negative without a target
 * @param targetY the level of the target; negative without a target
 */
public record Sparkline(String points, double lastX, double lastY, double targetX, double targetY) {

    public static final int WIDTH = 200;
    public static final int HEIGHT = 48;
    private static final double PAD = 5;

    /** The line of these values and target, or null when there are fewer than two points in all. */
    static Sparkline of(List<IndicatorValue> actuals, IndicatorValue target) {
        List<IndicatorValue> all = new ArrayList<>(actuals);
        if (target != null) {
            all.add(target);
        }
        if (all.size() < 2) {
            return null;
        }
        long first = all.stream().map(IndicatorValue::periodEnd).mapToLong(LocalDate::toEpochDay).min().orElse(0);
        long last = all.stream().map(IndicatorValue::periodEnd).mapToLong(LocalDate::toEpochDay).max().orElse(0);
        double top = all.stream().mapToDouble(v -> v.value().doubleValue()).max().orElse(0);
        double bottom = Math.min(0, all.stream().mapToDouble(v -> v.value().doubleValue()).min().orElse(0));
        double span = Math.max(1, last - first);
        double range = top - bottom == 0 ? 1 : top - bottom;
        StringBuilder points = new StringBuilder();
        double x = -1;
        double y = -1;
        for (IndicatorValue v : actuals) {
            x = PAD + (v.periodEnd().toEpochDay() - first) / span * (WIDTH - 2 * PAD);
            y = HEIGHT - PAD - (v.value().doubleValue() - bottom) / range * (HEIGHT - 2 * PAD);
            points.append(points.length() == 0 ? "" : " ").append(number(x)).append(',').append(number(y));
        }
        double tx = target == null ? -1 : PAD + (target.periodEnd().toEpochDay() - first) / span * (WIDTH - 2 * PAD);
        double ty = target == null ? -1
                : HEIGHT - PAD - (target.value().doubleValue() - bottom) / range * (HEIGHT - 2 * PAD);
        return new Sparkline(points.toString(), round(x), round(y), round(tx), round(ty));
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
