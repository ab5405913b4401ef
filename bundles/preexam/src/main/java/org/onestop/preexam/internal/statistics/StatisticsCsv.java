package org.onestop.preexam.internal.statistics;

import static org.onestop.api.statistics.StatisticsSheet.average;
import static org.onestop.api.statistics.StatisticsSheet.count;
import static org.onestop.api.statistics.StatisticsSheet.percent;

import java.io.IOException;
import java.util.List;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.statistics.StatisticsSheet;
import org.onestop.preexam.internal.statistics.StatisticsReport.Figures;
import org.onestop.preexam.internal.statistics.StatisticsReport.Group;

/**
 * A report as a CSV file a spreadsheet opens as it is ({@link CsvWriter}: UTF-8 with a byte order mark, so that
 * Excel reads the Chinese, and the one safe-cell rule): the period and the overall figures first, then one section
 * per breakdown, each with its own header row, separated by empty lines. Texts are in the reader's language; shares
 * are percentages and averages have one decimal.
 */
final class StatisticsCsv {

    private static final String KEY = "preexam.statistics.";

    private final Messages messages;
    private final Language language;
    private final CsvWriter out;

    private StatisticsCsv(Messages messages, Language language, CsvWriter out) {
        this.messages = messages;
        this.language = language;
        this.out = out;
    }

    /** The file's bytes. */
    static byte[] write(StatisticsReport report, Messages messages, Language language) {
        return StatisticsSheet.bytes(out -> new StatisticsCsv(messages, language, out).text(report));
    }

    /** The file's name for a report: {@code preexam-statistics-<from>-<to>.csv}. */
    static String fileName(StatisticsReport report) {
        return StatisticsSheet.fileName("preexam", report.from(), report.to());
    }

    private void text(StatisticsReport report) throws IOException {
        out.row(t("title"));
        out.row(t("period"), report.from(), report.to());
        out.row(t("asOf"), report.asOf().toString());
        out.blankLine();
        Figures total = report.total();
        out.row(t("figure"), t("value"));
        out.row(t("requests"), count(total.requests()));
        out.row(t("decided"), count(total.decided()));
        out.row(t("qualified"), count(total.qualified()));
        out.row(t("rejected"), count(total.rejected()));
        out.row(t("qualificationRate"), percent(total.qualificationRate()));
        out.row(t("averageDays"), average(total.averageDecisionDays()));
        out.row(t("examined"), count(total.examined()));
        out.row(t("corrected"), count(total.corrected()));
        out.row(t("correctionShare"), percent(total.correctionShare()));
        out.blankLine();
        out.row(t("dimension"), t("key"), t("label"), t("requests"), t("share"));
        for (Group g : report.byStatus()) {
            out.row(t("dimension.status"), g.key(), g.label().in(language), count(g.figures().requests()),
                    percent(g.figures().share()));
        }
        section(t("dimension.patentType"), report.byPatentType());
        section(t("dimension.field"), report.byField());
        section(t("dimension.month"), report.byMonth());
    }

    private void section(String dimension, List<Group> groups) throws IOException {
        out.blankLine();
        out.row(t("dimension"), t("key"), t("label"), t("requests"), t("share"), t("decided"), t("qualified"),
                t("rejected"), t("qualificationRate"), t("averageDays"), t("examined"), t("corrected"),
                t("correctionShare"));
        for (Group g : groups) {
            Figures f = g.figures();
            out.row(dimension, g.key(), g.label().in(language), count(f.requests()), percent(f.share()),
                    count(f.decided()), count(f.qualified()), count(f.rejected()), percent(f.qualificationRate()),
                    average(f.averageDecisionDays()), count(f.examined()), count(f.corrected()),
                    percent(f.correctionShare()));
        }
    }

    private String t(String key) {
        return messages.text(language, KEY + key);
    }

}
