package org.onestop.lookup.internal.patent;

/** Where a reader of patent files hands each record it read, and each record it could not read. */
public interface RecordSink {

    /** A record read at {@code line} of a CSV file, or at position {@code line} of the documents of an XML file. */
    void accept(PatentRecord record, int line) throws Exception;

    void reject(ImportProblem problem);
}
