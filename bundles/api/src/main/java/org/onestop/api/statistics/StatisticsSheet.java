package org.onestop.api.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.onestop.api.csv.CsvWriter;

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
}
