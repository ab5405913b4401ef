package org.onestop.lookup.internal.patent;

import java.util.List;
import java.util.Optional;
import org.onestop.api.module.Refusal;


/**
 * The longest field a patent record may have: what real records never exceed, and what the table stores. A record
 * with a longer field is refused as a whole (and reported with its line or position), never cut or stored in part:
 * a search result must stay small whatever a file holds.
 */
final class RecordLimits {

    static final int NUMBER = 40;
    static final int TITLE = 1000;
    static final int ABSTRACT = 16000;
    static final int NAMES = 4000;
    static final int ASSIGNEES = 2000;
    static final int IPC = 2000;
    static final int LEGAL_STATUS = 100;

    private RecordLimits() {
    }

    /** Why {@code record} (read at {@code line} of {@code file}) cannot be stored, if it cannot. */
    static Optional<ImportProblem> problem(String file, int line, PatentRecord record) {
        Object[][] fields = {
            {"lookup.field.applicationNumber", record.applicationNumber(), NUMBER},
            {"lookup.field.publicationNumber", record.publicationNumber(), NUMBER},
            {"lookup.field.title", record.title(), TITLE},
            {"lookup.field.abstract", record.abstractText(), ABSTRACT},
            {"lookup.field.applicant", joined(record.applicants()), NAMES},
            {"lookup.field.inventor", joined(record.inventors()), NAMES},
            {"lookup.field.assignee", joined(record.assignees()), ASSIGNEES},
            {"lookup.field.ipc", joined(record.ipc()), IPC},
            {"lookup.field.legalStatus", record.legalStatus(), LEGAL_STATUS},
        };
        for (Object[] f : fields) {
            String value = (String) f[1];
            int max = (Integer) f[2];
            if (value != null && value.length() > max) {
                return Optional.of(ImportProblem.of(file, line, "lookup.import.error.tooLong",
                        new Refusal.Term((String) f[0]), max, value.length()));
            }
        }
        return Optional.empty();
    }

    /** A list as the table stores it: one entry a line. */
    static String joined(List<String> values) {
        return String.join("\n", values);
    }
}
