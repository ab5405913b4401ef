package org.onestop.training.internal;

import static org.onestop.api.statistics.StatisticsSheet.count;
import static org.onestop.api.statistics.StatisticsSheet.percent;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.statistics.StatisticsSheet;
import org.onestop.training.internal.TrainingReport.Figures;
import org.onestop.training.internal.TrainingReport.Group;

/**
 * A training report as a CSV file a spreadsheet opens as it is (the SDK's {@link StatisticsSheet}: UTF-8 with a byte
 * order mark, the safe-cell rule, so that a course titled {@code =…} stays text; rates as percentages): the period,
 * the time of reading (in the centre's zone, named) and the overall figures first, then one section per breakdown
 * with its own header row. Texts in the reader's language.
 */
final class StatisticsCsv {

    private static final String KEY = "training.statistics.";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final Language language;
    private final ZoneId zone;
    private final CsvWriter out;

    private StatisticsCsv(Messages messages, Language language, ZoneId zone, CsvWriter out) {
        this.messages = messages;
        this.language = language;
        this.zone = zone;
        this.out = out;
    }

    /** The file's bytes. */
    static byte[] write(TrainingReport report, Messages messages, Language language, ZoneId zone) {
        return StatisticsSheet.bytes(out -> new StatisticsCsv(messages, language, zone, out).text(report));
    }

    /** The file's name: {@code training-statistics-<from>-<to>.csv}. */
    static String fileName(TrainingReport report) {
        return StatisticsSheet.fileName(TrainingStatistics.MODULE, report.from(), report.to());
    }

    private void text(TrainingReport report) throws IOException {
        out.row(t("title"));
        out.row(t("period"), report.from(), report.to());
        out.row(messages.text(language, KEY + "asOfIn", zoneName()), MINUTE.format(report.asOf().atZone(zone)));
        out.blankLine();
        Figures total = report.total();
        out.row(t("figure"), t("value"));
        out.row(t("sessions"), count(total.sessions()));
        out.row(t("ended"), count(total.ended()));
        out.row(t("capacity"), count(total.capacity()));
        out.row(t("enrolments"), count(total.enrolments()));
        out.row(t("confirmed"), count(total.confirmed()));
        out.row(t("waiting"), count(total.waiting()));
        out.row(t("fillRate"), percent(total.fillRate()));
        out.row(t("checkedIn"), count(total.checkedIn()));
        out.row(t("noShows"), count(total.noShows()));
        out.row(t("attendanceRate"), percent(total.attendanceRate()));
        out.row(t("creditHours"), count(total.creditHours()));
        section(t("dimension.course"), report.byCourse());
        section(t("dimension.audience"), report.byAudience());
        section(t("dimension.month"), report.byMonth());
    }

    private void section(String dimension, List<Group> groups) throws IOException {
        out.blankLine();
        out.row(t("dimension"), t("key"), t("label"), t("sessions"), t("ended"), t("capacity"), t("enrolments"),
                t("confirmed"), t("waiting"), t("fillRate"), t("checkedIn"), t("noShows"), t("attendanceRate"),
                t("creditHours"));
        for (Group g : groups) {
            Figures f = g.figures();
            out.row(dimension, g.key(), g.label().in(language), count(f.sessions()), count(f.ended()),
                    count(f.capacity()), count(f.enrolments()), count(f.confirmed()), count(f.waiting()),
                    percent(f.fillRate()), count(f.checkedIn()), count(f.noShows()), percent(f.attendanceRate()),
                    count(f.creditHours()));
        }
    }

    /** The zone as the pages name it (the shell's {@code shell.zone.<id>}, e.g. 北京时间), else its usual name. */
    private String zoneName() {
        String key = "shell.zone." + zone.getId();
        String named = messages.text(language, key);
        return named.equals(key) ? zone.getDisplayName(TextStyle.FULL, language == Language.EN ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE) : named;
    }

    private String t(String key) {
        return messages.text(language, KEY + key);
    }
}
