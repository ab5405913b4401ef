package org.onestop.assistance.internal.statistics;

import static org.onestop.api.statistics.StatisticsSheet.average;
import static org.onestop.api.statistics.StatisticsSheet.count;
import static org.onestop.api.statistics.StatisticsSheet.percent;

import java.io.IOException;
import java.util.List;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.statistics.StatisticsSheet;
import org.onestop.assistance.internal.statistics.AssistanceReport.Figures;
import org.onestop.assistance.internal.statistics.AssistanceReport.Group;

/**
 * A report as a CSV file a spreadsheet opens as it is (the SDK's {@link CsvWriter}: UTF-8 with a byte order mark and
 * its safe-cell rule, so that a region an applicant wrote as {@code =HYPERLINK(…)} stays text): the period and the
 * overall figures first, then one section per breakdown with its own header row, separated by empty lines. Texts are
 * in the reader's language; shares are percentages and averages have one decimal.
 */
final class StatisticsCsv {

    private static final String KEY = "assistance.statistics.";

    private final Messages messages;
    private final Language language;
    private final CsvWriter out;

    private StatisticsCsv(Messages messages, Language language, CsvWriter out) {
        this.messages = messages;
        this.language = language;
        this.out = out;
    }

    /** The file's bytes. */
    static byte[] write(AssistanceReport report, Messages messages, Language language) {
        return StatisticsSheet.bytes(out -> new StatisticsCsv(messages, language, out).text(report));
    }

    /** The file's name for a report: {@code assistance-statistics-<from>-<to>.csv}. */
    static String fileName(AssistanceReport report) {
        return StatisticsSheet.fileName("assistance", report.from(), report.to());
    }

    private void text(AssistanceReport report) throws IOException {
        out.row(t("title"));
        out.row(t("period"), report.from(), report.to());
        out.row(t("asOf"), report.asOf().toString());
        out.blankLine();
        Figures total = report.total();
        out.row(t("figure"), t("value"));
        out.row(t("applications"), count(total.applications()));
        out.row(t("accepted"), count(total.accepted()));
        out.row(t("closed"), count(total.closed()));
        out.row(t("daysToAcceptance"), average(total.averageDaysToAcceptance()));
        out.row(t("daysToClosing"), average(total.averageDaysToClosing()));
        section(t("dimension.status"), report.byStatus());
        section(t("dimension.closing"), report.byClosing());
        section(t("dimension.businessType"), report.byBusinessType());
        section(t("dimension.rightType"), report.byRightType());
        section(t("dimension.assistance"), report.byAssistance());
        section(t("dimension.venue"), report.byVenue());
        section(t("dimension.region"), report.byRegion());
        section(t("dimension.month"), report.byMonth());
    }

    private void section(String dimension, List<Group> groups) throws IOException {
        out.blankLine();
        out.row(t("dimension"), t("key"), t("label"), t("applications"), t("share"), t("accepted"), t("closed"),
                t("daysToAcceptance"), t("daysToClosing"));
        for (Group g : groups) {
            Figures f = g.figures();
            out.row(dimension, g.key(), g.label().in(language), count(f.applications()), percent(f.share()),
                    count(f.accepted()), count(f.closed()), average(f.averageDaysToAcceptance()),
                    average(f.averageDaysToClosing()));
        }
    }

    private String t(String key) {
        return messages.text(language, KEY + key);
    }

}
