package org.onestop.lookup.internal.stats;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An indicator value as staff enter it (form, JSON or a CSV line), before it is checked: {@link #problem} gives
 * the message key of the first thing wrong, or null.
 */
public record IndicatorForm(String code, String nameZh, String nameEn, String region, String period, String value,
        String unit, String kind, String source, String sourceUrl) {

    static IndicatorForm of(Map<String, String> row) {
        return new IndicatorForm(row.get("indicator_code"), row.get("indicator_zh"), row.get("indicator_en"),
                row.get("region"), row.get("period"), row.get("value"), row.get("unit"), row.get("kind"),
                row.get("source"), row.get("source_url"));
    }

    /** The message key of the first problem, or null when the value can be stored. */
    public String problem() {
        for (String required : new String[] {code, nameZh, nameEn, region, period, value, unit, kind, source}) {
            if (required == null || required.isBlank()) {
                return "lookup.stats.error.required";
            }
        }
        if (!code.strip().matches("[a-z0-9_]{1,100}")) {
            return "lookup.stats.error.code";
        }
        if (Periods.end(period).isEmpty()) {
            return "lookup.stats.error.period";
        }
        try {
            new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return "lookup.stats.error.value";
        }
        if (!kind.strip().equals("actual") && !kind.strip().equals("target")) {
            return "lookup.stats.error.kind";
        }
        if (sourceUrl != null && !sourceUrl.isBlank() && !sourceUrl.strip().matches("https?://\\S+")) {
            return "lookup.stats.error.url";
        }
        return null;
    }

    /** The value to store; call only when {@link #problem} is null. */
    public IndicatorValue toValue() {
        return new IndicatorValue(code.strip(), nameZh.strip(), nameEn.strip(), region.strip(), period.strip(),
                Periods.end(period).orElseThrow(), IndicatorCsv.number(value), unit.strip(), kind.strip(),
                source.strip(), sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip());
    }
}
