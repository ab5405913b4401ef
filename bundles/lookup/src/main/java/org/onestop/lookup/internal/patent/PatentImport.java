package org.onestop.lookup.internal.patent;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file into the catalogue: records go to the database in batches, each batch in one transaction, then
 * into the index, which commits every {@value #COMMIT_EVERY} records and at the end. Refused records are reported to
 * the job with their line or position and reason.
 */
final class PatentImport implements RecordSink {

    static final int COMMIT_EVERY = 200_000;

    private final PatentStore store;
    private final PatentIndex index;
    private final int batch;
    private final ImportJob job;
    private final List<PatentRecord> pending;
    private PatentStore.State state;
    private long sinceCommit;

    PatentImport(PatentStore store, PatentIndex index, int batch, ImportJob job) throws java.sql.SQLException {
        this.store = store;
        this.index = index;
        this.batch = batch;
        this.job = job;
        this.pending = new ArrayList<>(batch);
        this.state = store.state();
    }

    void read(InputStream in) throws Exception {
        switch (job.format()) {
            case USPTO_XML -> UsptoXmlReader.read(job.fileName(), in, this);
            case CN_CSV -> ChineseCsvReader.read(job.fileName(), in, this);
            default -> throw new IllegalStateException("unknown format " + job.format());
        }
        flush();
        index.commit(state);
    }

    @Override
    public void accept(PatentRecord record) throws Exception {
        pending.add(record);
        if (pending.size() >= batch) {
            flush();
        }
    }

    @Override
    public void reject(ImportProblem problem) {
        job.problem(problem);
    }

    private void flush() throws Exception {
        if (pending.isEmpty()) {
            return;
        }
        PatentStore.Written written = store.write(pending);
        state = new PatentStore.State(state.count() + written.added(), written.revision());
        index.put(pending);
        job.added.addAndGet(written.added());
        job.replaced.addAndGet(written.replaced());
        sinceCommit += pending.size();
        pending.clear();
        if (sinceCommit >= COMMIT_EVERY) {
            index.commit(state);
            sinceCommit = 0;
        }
    }
}
