package org.onestop.api.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * A module's statistics as a CSV file a spreadsheet opens as it is ({@link CsvWriter}: UTF-8 with a byte order mark,
 * the one safe-cell rule), with the figures written the same way by every module: counts as whole numbers, shares as
 * percentages with one decimal ({@code 37.5%}), averages with one decimal; a figure without a value (nothing to take
 * a share or an average of) is an empty cell.
 */
public final class StatisticsSheet {

    /** What a module writes into the sheet: its rows and sections. */
    @FunctionalInterface
    public interface Content {
        void write(CsvWriter out) throws IOException;
    }

    private StatisticsSheet() {
    }

    /** The file's bytes. */
    public static byte[] bytes(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CsvWriter csv = CsvWriter.to(bytes);
            content.write(csv);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The file's name: {@code <module>-statistics-<from>-<to>.csv}. */
    public static String fileName(String module, String from, String to) {
        return module + "-statistics-" + from + "-" + to + ".csv";
    }

    /** A count. */
    public static String count(long n) {
        return Long.toString(n);
    }

    /** A share (0 to 1) as a percentage with one decimal; empty for none. */
    public static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** An average with one decimal; empty for none. */
    public static String average(Double average) {
        return average == null ? "" : String.format(Locale.ROOT, "%.1f", average);
    }

    /**
     * The centre's zone as the pages name it, for the sheet's "as of" line: the shell's message
     * {@code shell.zone.<zone id>} (e.g. 北京时间) if there is one, else the zone's name in {@code language}.
     */
    public static String zoneName(Messages messages, Language language, ZoneId zone) {
        String key = "shell.zone." + zone.getId();
        String named = messages.text(language, key);
        return named.equals(key) ? zone.getDisplayName(TextStyle.FULL, language == Language.EN ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE) : named;
    }
}
