package org.onestop.lookup.internal.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.onestop.api.csv.CsvReader;
import org.onestop.api.csv.CsvRow;
import org.onestop.api.csv.CsvWriter;
import org.onestop.lookup.internal.patent.ImportProblem;

/**
 * The CSV form of indicator values, as {@code nmg-ip-indicators.csv} has it: {@code indicator_code, indicator_zh,
 * indicator_en, region, period, value, unit, kind, source}, and optional {@code source_url} and {@code topic}
 * (creation, use, protection, service). Read and written with the api's {@link CsvReader} and {@link CsvWriter}, so
 * that an exported file (quotes, line breaks and all) imports back to the same values. Reading reports each bad
 * record with the line it starts on and the reason, and keeps the good ones.
 */
public final class IndicatorCsv {

    static final List<String> COLUMNS = List.of("indicator_code", "indicator_zh", "indicator_en", "region", "period",
            "value", "unit", "kind", "source");

    /** Most values one file brings; the lines after are not read (and the file is reported). */
    static final int MAX_LINES = 10_000;

    /** What a read gave: the good values and the problems of the bad lines. */
    public record Read(List<IndicatorValue> values, List<ImportProblem> problems) {
    }

    private IndicatorCsv() {
    }

    public static Read read(String fileName, InputStream in) throws IOException {
        CsvReader reader = CsvReader.of(in);
        List<IndicatorValue> values = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CsvRow header = reader.next();
        if (header == null) {
            problems.add(ImportProblem.of(fileName, 0, "lookup.import.error.empty"));
            return new Read(values, problems);
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.cell(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.of(fileName, header.line(), "lookup.import.error.columns",
                    String.join(", ", missing)));
            return new Read(values, problems);
        }
        CsvRow row;
        while ((row = reader.next()) != null) {
            if (row.line() > MAX_LINES + 1) {
                problems.add(ImportProblem.of(fileName, row.line(), "lookup.import.error.tooMany", MAX_LINES));
                break;
            }
            if (row.unterminated()) {
                problems.add(ImportProblem.of(fileName, row.line(), "lookup.import.error.unterminated"));
                break;
            }
            if (row.size() < header.size()) {
                problems.add(ImportProblem.of(fileName, row.line(), "lookup.import.error.fieldCount",
                        String.valueOf(row.size()), String.valueOf(header.size())));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (Map.Entry<String, Integer> column : at.entrySet()) {
                cells.put(column.getKey(), row.cell(column.getValue()).strip());
            }
            IndicatorForm form = IndicatorForm.of(cells);
            String problem = form.problem();
            if (problem != null) {
                problems.add(ImportProblem.of(fileName, row.line(), problem, form.argument(problem)));
                continue;
            }
            values.add(form.toValue());
        }
        return new Read(values, problems);
    }

    public static void write(List<IndicatorValue> values, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.to(out);
        csv.row(Stream.concat(COLUMNS.stream(), Stream.of("source_url", "topic")).toList());
        for (IndicatorValue v : values) {
            csv.row(v.code(), v.nameZh(), v.nameEn(), v.region(), v.period(), v.value().toPlainString(), v.unit(),
                    v.kind(), v.source(), v.sourceUrl(), v.topic());
        }
        csv.flush();
    }

    static BigDecimal number(String s) {
        return new BigDecimal(s.strip());
    }
}
