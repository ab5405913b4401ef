package org.onestop.api.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file that a spreadsheet opens as it is: UTF-8 with a byte order mark first (without it Excel reads
 * Chinese as the Windows code page), records ended by CRLF, cells separated by commas and quoted only where they
 * need it (a comma, a quote, a line break, spaces at an end), quotes doubled, every cell made safe by
 * {@link SafeCell}. {@link CsvReader} reads the file back to the same cells. Answer a download with
 * {@link #MEDIA_TYPE} and write into the response's stream:
 * <pre>{@code
 * StreamingOutput body = out -> {
 *     CsvWriter csv = CsvWriter.to(out);
 *     csv.row("code", "name");
 *     csv.row(code, name);
 *     csv.flush();
 * };
 * }</pre>
 */
public final class CsvWriter implements Flushable, Closeable {

    /** The media type of what it writes. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    private CsvWriter(Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
    }

    /**
     * A writer into {@code out}; the byte order mark is written at once. {@link #flush} when done: {@link #close}
     * closes {@code out} too.
     */
    public static CsvWriter to(OutputStream out) throws IOException {
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** Writes one record; a null cell is empty. */
    public CsvWriter row(String... cells) throws IOException {
        return row(Arrays.asList(cells));
    }

    /** Writes one record; a null cell is empty. */
    public CsvWriter row(List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(SafeCell::neutralise));
        return this;
    }

    /** Writes an empty line, such as between two sections of a report; a reader skips it. */
    public CsvWriter blankLine() throws IOException {
        printer.println();
        return this;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
