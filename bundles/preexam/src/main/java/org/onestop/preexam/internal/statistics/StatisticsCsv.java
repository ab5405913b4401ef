package org.onestop.preexam.internal.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.preexam.internal.statistics.StatisticsReport.Figures;
import org.onestop.preexam.internal.statistics.StatisticsReport.Group;

/**
 * A report as a CSV file a spreadsheet opens as it is: UTF-8 with a byte order mark (so that Excel reads the
 * Chinese), the period and the overall figures first, then one section per breakdown, each with its own header
 * row, separated by empty lines. Texts are in the reader's language; shares are percentages and averages have one
 * decimal. Cells are quoted when they need it, and a cell that a spreadsheet would take for a formula is written
 * with a leading apostrophe.
 */
final class StatisticsCsv {

    private static final String KEY = "preexam.statistics.";
    private static final String NEWLINE = "\r\n";

    private final Messages messages;
    private final Language language;
    private final StringBuilder out = new StringBuilder();

    private StatisticsCsv(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    /** The file's bytes. */
    static byte[] write(StatisticsReport report, Messages messages, Language language) {
        return ("\uFEFF" + new StatisticsCsv(messages, language).text(report)).getBytes(StandardCharsets.UTF_8);
    }

    /** The file's name for a report: {@code preexam-statistics-<from>-<to>.csv}. */
    static String fileName(StatisticsReport report) {
        return "preexam-statistics-" + report.from() + "-" + report.to() + ".csv";
    }

    private String text(StatisticsReport report) {
        line(t("title"));
        line(t("period"), report.from(), report.to());
        line(t("asOf"), report.asOf().toString());
        line();
        Figures total = report.total();
        line(t("figure"), t("value"));
        line(t("requests"), count(total.requests()));
        line(t("decided"), count(total.decided()));
        line(t("qualified"), count(total.qualified()));
        line(t("rejected"), count(total.rejected()));
        line(t("qualificationRate"), percent(total.qualificationRate()));
        line(t("averageDays"), days(total.averageDecisionDays()));
        line(t("examined"), count(total.examined()));
        line(t("corrected"), count(total.corrected()));
        line(t("correctionShare"), percent(total.correctionShare()));
        line();
        line(t("dimension"), t("key"), t("label"), t("requests"), t("share"));
        for (Group g : report.byStatus()) {
            line(t("dimension.status"), g.key(), g.label().in(language), count(g.figures().requests()),
                    percent(g.figures().share()));
        }
        section(t("dimension.patentType"), report.byPatentType());
        section(t("dimension.field"), report.byField());
        section(t("dimension.month"), report.byMonth());
        return out.toString();
    }

    private void section(String dimension, List<Group> groups) {
        line();
        line(t("dimension"), t("key"), t("label"), t("requests"), t("share"), t("decided"), t("qualified"),
                t("rejected"), t("qualificationRate"), t("averageDays"), t("examined"), t("corrected"),
                t("correctionShare"));
        for (Group g : groups) {
            Figures f = g.figures();
            line(dimension, g.key(), g.label().in(language), count(f.requests()), percent(f.share()),
                    count(f.decided()), count(f.qualified()), count(f.rejected()), percent(f.qualificationRate()),
                    days(f.averageDecisionDays()), count(f.examined()), count(f.corrected()),
                    percent(f.correctionShare()));
        }
    }

    private String t(String key) {
        return messages.text(language, KEY + key);
    }

    private void line(String... cells) {
        List<String> written = new ArrayList<>();
        for (String cell : cells) {
            written.add(cell(cell));
        }
        out.append(String.join(",", written)).append(NEWLINE);
    }

    /**
     * One cell: a text a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage
     * return) gets a leading apostrophe; a cell with a comma, a quote, a line break or spaces at its ends is
     * quoted, its quotes doubled.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(safe.strip());
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String count(long n) {
        return Long.toString(n);
    }

    private static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String days(Double average) {
        return average == null ? "" : String.format(Locale.ROOT, "%.1f", average);
    }
}
