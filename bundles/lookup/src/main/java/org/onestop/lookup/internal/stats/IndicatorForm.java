package org.onestop.lookup.internal.stats;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An indicator value as staff enter it (form, JSON or a CSV line), before it is checked: {@link #problem} gives
 * the message key of the first thing wrong, or null.
 */
public record IndicatorForm(String code, String nameZh, String nameEn, String region, String period, String value,
        String unit, String kind, String source, String sourceUrl, String topic) {

    /** Digits before the decimal point the table keeps. */
    static final int INTEGER_DIGITS = 14;

    static IndicatorForm of(Map<String, String> row) {
        return new IndicatorForm(row.get("indicator_code"), row.get("indicator_zh"), row.get("indicator_en"),
                row.get("region"), row.get("period"), row.get("value"), row.get("unit"), row.get("kind"),
                row.get("source"), row.get("source_url"), row.get("topic"));
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
        if (longer(nameZh, 200) || longer(nameEn, 200) || longer(region, 100) || longer(unit, 20)
                || longer(source, 500) || longer(sourceUrl, 1000)) {
            return "lookup.stats.error.tooLong";
        }
        if (period.strip().length() > 20 || Periods.end(period).isEmpty()) {
            return "lookup.stats.error.period";
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.precision() - number.scale() > INTEGER_DIGITS) {
                return "lookup.stats.error.value";
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return "lookup.stats.error.value";
        }
        if (!kind.strip().equals("actual") && !kind.strip().equals("target")) {
            return "lookup.stats.error.kind";
        }
        if (sourceUrl != null && !sourceUrl.isBlank() && !sourceUrl.strip().matches("https?://\\S+")) {
            return "lookup.stats.error.url";
        }
        if (topic != null && !topic.isBlank() && !Topics.CODES.contains(topic.strip())) {
            return "lookup.stats.error.topic";
        }
        return null;
    }

    /** What the message of a problem names: the period, value, kind or topic as given. */
    public String argument(String problem) {
        String named = switch (problem) {
            case "lookup.stats.error.period" -> period;
            case "lookup.stats.error.value" -> value;
            case "lookup.stats.error.kind" -> kind;
            case "lookup.stats.error.topic" -> topic;
            default -> "";
        };
        return named == null ? "" : named.strip();
    }

    /** The value to store; call only when {@link #problem} is null. */
    public IndicatorValue toValue() {
        return new IndicatorValue(code.strip(), nameZh.strip(), nameEn.strip(), region.strip(), period.strip(),
                Periods.end(period).orElseThrow(), IndicatorCsv.number(value), unit.strip(), kind.strip(),
                source.strip(), blank(sourceUrl) ? null : sourceUrl.strip(), blank(topic) ? null : topic.strip());
    }

    private static boolean longer(String value, int max) {
        return value != null && value.strip().length() > max;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
