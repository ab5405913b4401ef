package org.onestop.lookup.internal.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onestop.lookup.internal.patent.ImportProblem;

/**
 * The CSV form of indicator values, as {@code nmg-ip-indicators.csv} has it: {@code indicator_code, indicator_zh,
 * indicator_en, region, period, value, unit, kind, source}, and optional {@code source_url} and {@code topic}
 * (creation, use, protection, service). Reading reports
 * each bad line with its number and reason and keeps the good ones.
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
        List<IndicatorValue> values = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            problems.add(ImportProblem.of(fileName, 0, "lookup.import.error.empty"));
            return new Read(values, problems);
        }
        List<String> names = fields(header.replace("\uFEFF", ""));
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            at.put(names.get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.of(fileName, 1, "lookup.import.error.columns", String.join(", ", missing)));
            return new Read(values, problems);
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number > MAX_LINES + 1) {
                problems.add(ImportProblem.of(fileName, number, "lookup.import.error.tooMany", MAX_LINES));
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < names.size()) {
                problems.add(ImportProblem.of(fileName, number, "lookup.import.error.fieldCount",
                        String.valueOf(f.size()), String.valueOf(names.size())));
                continue;
            }
            Map<String, String> row = new HashMap<>();
            at.forEach((name, i) -> row.put(name, f.get(i).strip()));
            IndicatorForm form = IndicatorForm.of(row);
            String problem = form.problem();
            if (problem != null) {
                problems.add(ImportProblem.of(fileName, number, problem, form.argument(problem)));
                continue;
            }
            values.add(form.toValue());
        }
        return new Read(values, problems);
    }

    /** The fields of one CSV line: commas separate, double quotes enclose, doubled quotes escape. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    public static void write(List<IndicatorValue> values, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(String.join(",", COLUMNS) + ",source_url,topic\r\n");
        for (IndicatorValue v : values) {
            String[] f = {v.code(), v.nameZh(), v.nameEn(), v.region(), v.period(), v.value().toPlainString(),
                v.unit(), v.kind(), v.source(), v.sourceUrl(), v.topic()};
            for (int i = 0; i < f.length; i++) {
                w.write((i == 0 ? "" : ",") + quote(f[i]));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+") ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static BigDecimal number(String s) {
        return new BigDecimal(s.strip());
    }
}
