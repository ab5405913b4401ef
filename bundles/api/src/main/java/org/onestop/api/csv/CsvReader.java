package org.onestop.api.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as RFC 4180 writes it, and as spreadsheets save it: UTF-8 with or without a byte order mark, cells
 * separated by commas, a cell in double quotes may hold commas, line breaks and doubled quotes, records ended by LF
 * or CRLF. Blank lines (and records of one blank cell) are skipped. Each call to {@link #next} gives one record with
 * the line it starts on, its cells restored by {@link SafeCell#restore}, so that a file {@link CsvWriter} wrote
 * reads back to the cells it was given. The caller maps header names to columns itself and reports a bad record by
 * its line.
 */
public final class CsvReader implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setTrailingData(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private boolean ended;

    private CsvReader(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        this.parser = CSVParser.parse(in, FORMAT);
        this.records = parser.iterator();
    }

    /** A reader of the UTF-8 text of {@code in}; a byte order mark at its start is passed over. */
    public static CsvReader of(InputStream in) throws IOException {
        return new CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    }

    /**
     * The next record, or null at the end. A file that ends inside a quoted cell gives one last record marked
     * {@link CsvRow#unterminated()}, at the line where that record starts.
     */
    public CsvRow next() throws IOException {
        while (!ended) {
            int line = (int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber() + 1);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    ended = true;
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                ended = true;
                if (e.getCause() instanceof CSVException) {
                    return new CsvRow(line, List.of(), true);
                }
                throw e.getCause();
            }
            if (record.size() > 1 || record.size() == 1 && !record.get(0).isBlank()) {
                return new CsvRow(line, record.stream().map(SafeCell::restore).toList(), false);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
