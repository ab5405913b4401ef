package org.onestop.cnipa.internal;

import static org.onestop.api.statistics.StatisticsSheet.average;
import static org.onestop.api.statistics.StatisticsSheet.count;
import static org.onestop.api.statistics.StatisticsSheet.percent;

import java.io.IOException;
import java.util.List;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.statistics.StatisticsSheet;
import org.onestop.cnipa.internal.VisitStatisticsReport.Figures;
import org.onestop.cnipa.internal.VisitStatisticsReport.Group;

/**
 * A report of pre-checked visits as a CSV file a spreadsheet opens as it is (the SDK's {@link StatisticsSheet}): the
 * period and the overall figures first, then the breakdowns by business and by month, each with its header row, and the closed visits by outcome.
 */
final class VisitStatisticsCsv {

    private static final String KEY = "cnipa.statistics.";

    private final Messages messages;
    private final Language language;
    private final CsvWriter out;

    private VisitStatisticsCsv(Messages messages, Language language, CsvWriter out) {
        this.messages = messages;
        this.language = language;
        this.out = out;
    }

    static byte[] write(VisitStatisticsReport report, Messages messages, Language language) {
        return StatisticsSheet.bytes(out -> new VisitStatisticsCsv(messages, language, out).text(report));
    }

    static String fileName(VisitStatisticsReport report) {
        return StatisticsSheet.fileName("cnipa", report.from(), report.to());
    }

    private void text(VisitStatisticsReport report) throws IOException {
        out.row(t("title"));
        out.row(t("period"), report.from(), report.to());
        out.row(t("asOf"), report.asOf().toString());
        out.blankLine();
        Figures total = report.total();
        out.row(t("figure"), t("value"));
        out.row(t("visits"), count(total.visits()));
        out.row(t("prechecked"), count(total.prechecked()));
        out.row(t("completeFirst"), percent(total.shareCompleteFirst()));
        out.row(t("daysToAnswer"), average(total.averageDaysToAnswer()));
        section(t("dimension.business"), report.byBusiness());
        section(t("dimension.month"), report.byMonth());
        out.blankLine();
        out.row(t("dimension"), t("key"), t("label"), t("closed"));
        for (VisitStatisticsReport.Outcome o : report.byOutcome()) {
            out.row(t("outcome"), o.key(), o.label().in(language), count(o.visits()));
        }
    }

    private void section(String dimension, List<Group> groups) throws IOException {
        out.blankLine();
        out.row(t("dimension"), t("key"), t("label"), t("visits"), t("prechecked"), t("completeFirst"),
                t("daysToAnswer"));
        for (Group g : groups) {
            Figures f = g.figures();
            out.row(dimension, g.key(), g.label().in(language), count(f.visits()), count(f.prechecked()),
                    percent(f.shareCompleteFirst()), average(f.averageDaysToAnswer()));
        }
    }

    private String t(String key) {
        return messages.text(language, KEY + key);
    }
}
