package org.onestop.lookup.internal.patent;

/** Where a reader of patent files hands each record it read, and each record it could not read. */
public interface RecordSink {

    void accept(PatentRecord record) throws Exception;

    void reject(ImportProblem problem);
}
