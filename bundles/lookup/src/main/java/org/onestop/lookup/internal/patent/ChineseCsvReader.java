package org.onestop.lookup.internal.patent;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.csv.CsvReader;
import org.onestop.api.csv.CsvRow;

/**
 * Reads the CSV layout for Chinese bibliographic records (see the README) with the api's {@link CsvReader}: UTF-8 (a
 * byte-order mark is allowed), a header row naming the columns in Chinese or English in any order, then one record a line. Lists (applicants,
 * inventors, IPC codes) are separated by semicolons. A line that cannot be read is reported with its number and
 * the reason, and skipped; the other lines are imported.
 */
public final class ChineseCsvReader {

    /** The columns of the layout; the first name of each is the English header, the others Chinese ones. */
    enum Column {
        APPLICATION_NUMBER(true, "application_number", "申请号"),
        PUBLICATION_NUMBER(false, "publication_number", "公开号", "公开（公告）号", "公告号"),
        TITLE(true, "title", "名称", "发明名称", "专利名称"),
        ABSTRACT(false, "abstract", "摘要"),
        APPLICANTS(false, "applicants", "申请人", "申请（专利权）人"),
        INVENTORS(false, "inventors", "发明人", "设计人"),
        IPC(false, "ipc", "IPC分类号", "分类号", "IPC"),
        APPLICATION_DATE(false, "application_date", "申请日"),
        PUBLICATION_DATE(false, "publication_date", "公开日", "公开（公告）日", "公告日"),
        PATENT_TYPE(true, "patent_type", "专利类型", "类型"),
        LEGAL_STATUS(false, "legal_status", "法律状态");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        static Optional<Column> named(String header) {
            String h = header.strip().replace('(', '（').replace(')', '）');
            for (Column c : values()) {
                for (String n : c.names) {
                    if (n.equalsIgnoreCase(h)) {
                        return Optional.of(c);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** The English headers, in the documented order. */
    public static final List<String> HEADER = Arrays.stream(Column.values()).map(c -> c.names.get(0)).toList();

    private ChineseCsvReader() {
    }

    /** Reads every line of a file into {@code sink}; bad lines are reported and skipped. */
    public static void read(String fileName, InputStream in, RecordSink sink) throws Exception {
        try (CsvReader lines = CsvReader.of(in)) {
            read(fileName, lines, sink);
        }
    }

    private static void read(String fileName, CsvReader lines, RecordSink sink) throws Exception {
        CsvRow header = lines.next();
        if (header == null) {
            sink.reject(ImportProblem.of(fileName, 0, "lookup.import.error.empty"));
            return;
        }
        Map<Column, Integer> columns = new HashMap<>();
        List<String> headers = header.cells();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            Column.named(headers.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<String> missing = Arrays.stream(Column.values()).filter(c -> c.required && !columns.containsKey(c))
                .map(c -> c.names.get(0) + "/" + c.names.get(1)).toList();
        if (!missing.isEmpty()) {
            sink.reject(ImportProblem.of(fileName, header.line(), "lookup.import.error.columns",
                    String.join(", ", missing)));
            return;
        }
        CsvRow row;
        while ((row = lines.next()) != null) {
            if (row.unterminated()) {
                sink.reject(ImportProblem.of(fileName, row.line(), "lookup.import.error.unterminated"));
                continue;
            }
            if (row.size() != headers.size()) {
                sink.reject(ImportProblem.of(fileName, row.line(), "lookup.import.error.fieldCount",
                        String.valueOf(row.size()), String.valueOf(headers.size())));
                continue;
            }
            try {
                sink.accept(record(fileName, row, columns, headers), row.line());
            } catch (BadField e) {
                sink.reject(ImportProblem.of(fileName, row.line(), e.key, e.arguments));
            }
        }
    }

    /** A field that cannot be read: a message key and its arguments. */
    private static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final String[] arguments;

        BadField(String key, String... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }

    private static PatentRecord record(String fileName, CsvRow row, Map<Column, Integer> columns,
            List<String> headers) throws BadField {
        Fields f = new Fields(row.cells(), columns, headers);
        String application = f.required(Column.APPLICATION_NUMBER);
        if (!application.matches("(?i)\\s*([A-Z]{2})?\\s*[0-9][0-9 .X]*")) {
            throw new BadField("lookup.import.error.number", f.header(Column.APPLICATION_NUMBER), application);
        }
        String publication = f.optional(Column.PUBLICATION_NUMBER);
        if (publication != null && !publication.matches("(?i)\\s*([A-Z]{2})?\\s*[0-9][0-9 ]*[A-Z]?\\d?\\s*")) {
            throw new BadField("lookup.import.error.number", f.header(Column.PUBLICATION_NUMBER), publication);
        }
        String typeText = f.required(Column.PATENT_TYPE);
        PatentType type = PatentType.parse(typeText)
                .orElseThrow(() -> new BadField("lookup.import.error.type", typeText));
        List<String> ipc = new ArrayList<>();
        for (String code : list(f.optional(Column.IPC))) {
            ipc.add(IpcCode.parse(code).map(IpcCode::toString)
                    .orElseThrow(() -> new BadField("lookup.import.error.ipc", code)));
        }
        return new PatentRecord(PatentNumbers.withCountry(application, "CN"),
                publication == null ? null : PatentNumbers.withCountry(publication, "CN"), type,
                f.required(Column.TITLE), f.optional(Column.ABSTRACT), list(f.optional(Column.APPLICANTS)),
                list(f.optional(Column.INVENTORS)), List.of(), ipc, f.date(Column.APPLICATION_DATE),
                f.date(Column.PUBLICATION_DATE), f.optional(Column.LEGAL_STATUS), 0, fileName + ":" + row.line());
    }

    static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The fields of one line, by column. */
    private record Fields(List<String> values, Map<Column, Integer> columns, List<String> headers) {

        String header(Column c) {
            return headers.get(columns.get(c)).strip();
        }

        String optional(Column c) {
            Integer i = columns.get(c);
            if (i == null) {
                return null;
            }
            String v = values.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        String required(Column c) throws BadField {
            String v = optional(c);
            if (v == null) {
                throw new BadField("lookup.import.error.required", header(c));
            }
            return v;
        }

        LocalDate date(Column c) throws BadField {
            String v = optional(c);
            if (v == null) {
                return null;
            }
            String iso = v.replace('.', '-').replace('/', '-').toLowerCase(Locale.ROOT);
            if (iso.matches("\\d{8}")) {
                iso = iso.substring(0, 4) + "-" + iso.substring(4, 6) + "-" + iso.substring(6);
            }
            try {
                return LocalDate.parse(iso);
            } catch (DateTimeParseException e) {
                throw new BadField("lookup.import.error.date", header(c), v);
            }
        }
    }
}
