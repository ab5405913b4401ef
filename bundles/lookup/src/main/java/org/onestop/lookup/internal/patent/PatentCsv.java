package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.onestop.api.csv.CsvWriter;

/**
 * Writes patent records in the documented CSV layout (the one the import reads) with the api's {@link CsvWriter}:
 * UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese text right, and the one safe-cell rule
 * so that a spreadsheet never runs a field as a formula.
 */
public final class PatentCsv {

    private PatentCsv() {
    }

    public static void write(List<PatentRecord> records, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.to(out);
        csv.row(ChineseCsvReader.HEADER);
        for (PatentRecord r : records) {
            csv.row(r.applicationNumber(), r.publicationNumber(), r.title(), r.abstractText(),
                    String.join("; ", r.applicants().isEmpty() ? r.assignees() : r.applicants()),
                    String.join("; ", r.inventors()), String.join("; ", r.ipc()),
                    r.applicationDate() == null ? null : r.applicationDate().toString(),
                    r.publicationDate() == null ? null : r.publicationDate().toString(), r.type().code(),
                    r.legalStatus());
        }
        csv.flush();
    }
}
