package org.onestop.lookup.internal.patent;

import java.time.Instant;
import java.util.List;

/**
 * An import as staff see it (JSON and the import page): progress, counts, and each refused record with where it
 * was and why, in the reader's language.
 */
public record ImportReport(String id, String file, String format, String state, int percent, long bytes,
        long added, long replaced, long rejected, List<Problem> problems, String failure, Instant submitted,
        Instant started, Instant finished) {

    /** One refused record: the file, the line (CSV) or document position (XML), 0 for the whole file, and why. */
    public record Problem(String file, int line, String message) {
    }
}
