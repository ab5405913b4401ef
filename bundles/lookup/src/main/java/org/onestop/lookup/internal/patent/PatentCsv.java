package org.onestop.lookup.internal.patent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes patent records in the documented CSV layout (the one the import reads), UTF-8 with a byte-order mark so
 * that spreadsheet programs read the Chinese text right. A field starting with {@code = + - @} is prefixed with an
 * apostrophe so that a spreadsheet never runs it as a formula.
 */
public final class PatentCsv {

    private PatentCsv() {
    }

    public static void write(List<PatentRecord> records, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        w.write(ChineseCsvReader.HEADER);
        w.write("\r\n");
        for (PatentRecord r : records) {
            String[] fields = {r.applicationNumber(), r.publicationNumber(), r.title(), r.abstractText(),
                String.join("; ", r.applicants().isEmpty() ? r.assignees() : r.applicants()),
                String.join("; ", r.inventors()), String.join("; ", r.ipc()),
                r.applicationDate() == null ? null : r.applicationDate().toString(),
                r.publicationDate() == null ? null : r.publicationDate().toString(), r.type().code(),
                r.legalStatus()};
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(field(fields[i]));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
