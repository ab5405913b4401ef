package org.onestop.lookup.internal.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One figure of an IP statistics indicator: an actual value or a target, for a region and a period, with its
 * source.
 *
 * @param code      the indicator, e.g. {@code trademarks_valid_total}
 * @param nameZh    the indicator's name in Chinese
 * @param nameEn    the indicator's name in English
 * @param region    the region, e.g. 内蒙古自治区
 * @param period    as published: {@code 2020-12-31}, {@code 2021-04}, {@code 2022}, {@code 2023-Q1}, {@code 2016/2020}
 * @param periodEnd the last day of the period, for ordering and charts
 * @param value     the figure
 * @param unit      its unit, e.g. 件, 亿元, %
 * @param kind      {@code actual} or {@code target}
 * @param source    the publication the figure comes from
 * @param sourceUrl where the publication can be read, or null
 * @param topic     what the dashboard groups it under (one of {@link Topics#CODES}), or null
 */
public record IndicatorValue(String code, String nameZh, String nameEn, String region, String period,
        LocalDate periodEnd, BigDecimal value, String unit, String kind, String source, String sourceUrl,
        String topic) {

    /** Units in English; a unit not listed is shown as given. */
    private static final Map<String, String> UNITS_EN = Map.ofEntries(Map.entry("件", ""), Map.entry("个", ""),
            Map.entry("所", "schools"), Map.entry("人", "people"), Map.entry("人次", "attendances"),
            Map.entry("期", "courses"), Map.entry("笔", "deals"), Map.entry("分", "points"),
            Map.entry("万元", "× 10,000 yuan"), Map.entry("亿元", "× 100 million yuan"));

    /** The period in words of a language ({@code zh-CN} or {@code en}): 2023-Q1 reads 2023 年第一季度. */
    public String periodIn(String language) {
        return Periods.label(period, language);
    }

    /** The unit in a language: as published in Chinese, in words in English (件 counts need none). */
    public String unitIn(String language) {
        return "en".equals(language) ? UNITS_EN.getOrDefault(unit, unit) : unit;
    }
}
