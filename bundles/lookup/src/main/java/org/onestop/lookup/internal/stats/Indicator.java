package org.onestop.lookup.internal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One indicator as the dashboard shows it: its actual values over time, its target if one is set, and how far the
 * latest actual value has come toward the target.
 *
 * @param code    the indicator's code
 * @param nameZh  its name in Chinese
 * @param nameEn  its name in English
 * @param unit    the unit of its values
 * @param topic   the topic it is grouped under ({@link Topics})
 * @param actuals actual values, oldest first
 * @param target  the target, or null
 */
public record Indicator(String code, String nameZh, String nameEn, String unit, String topic,
        List<IndicatorValue> actuals, IndicatorValue target) {

    /** The latest actual value, or null. */
    public IndicatorValue latest() {
        return actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
    }

    /** Percent of the target the latest actual value reaches, or null without both. */
    public BigDecimal progress() {
        IndicatorValue latest = latest();
        if (latest == null || target == null || target.value().signum() == 0) {
            return null;
        }
        return latest.value().multiply(BigDecimal.valueOf(100)).divide(target.value(), 1, RoundingMode.HALF_UP);
    }

    /** The small trend line of the overview, or null when there are fewer than two points to draw. */
    public Sparkline sparkline() {
        return Sparkline.of(actuals, target);
    }
}
