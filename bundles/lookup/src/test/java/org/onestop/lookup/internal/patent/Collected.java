package org.onestop.lookup.internal.patent;

import java.util.ArrayList;
import java.util.List;

/** A record sink that keeps what it is given, for tests of the readers. */
final class Collected implements RecordSink {

    final List<PatentRecord> records = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    @Override
    public void accept(PatentRecord record, int line) {
        records.add(record);
    }

    @Override
    public void reject(ImportProblem problem) {
        problems.add(problem);
    }
}
