package org.onestop.lookup.internal.patent;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one file into the catalogue. Records go to the database in batches, each batch in one transaction (all of
 * it or none); each stored batch is then handed to an {@link IndexingLane}, which puts it into the index on other
 * threads while the next batch is read and written. The index commits every {@value #COMMIT_EVERY} records and at
 * the end, each time once every batch before is in it, recording the database state those batches make: if the
 * import fails, the index is still committed as far as the database got, unless indexing itself failed (then
 * nothing is committed and the catalogue rebuilds the index). Refused records are reported to the job with their
 * line or position and reason, and so is a record with a field longer than {@link RecordLimits} allow.
 */
final class PatentImport implements RecordSink {

    static final int COMMIT_EVERY = 200_000;

    private final PatentStore store;
    private final PatentIndex index;
    private final int batch;
    private final ImportJob job;
    private final List<PatentRecord> pending;
    private PatentStore.State state;
    private IndexingLane lane;
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
        try (IndexingLane indexing = IndexingLane.forThisMachine(index)) {
            lane = indexing;
            Exception failed = null;
            try {
                switch (job.format()) {
                    case USPTO_XML -> UsptoXmlReader.read(job.fileName(), in, this);
                    case CN_CSV -> ChineseCsvReader.read(job.fileName(), in, this);
                    default -> throw new IllegalStateException("unknown format " + job.format());
                }
                flush();
            } catch (Exception e) {
                failed = e;
            }
            try {
                commit();
            } catch (Exception e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    @Override
    public void accept(PatentRecord record, int line) throws Exception {
        Optional<ImportProblem> tooLong = RecordLimits.problem(job.fileName(), line, record);
        if (tooLong.isPresent()) {
            reject(tooLong.get());
            return;
        }
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
        PatentStore.Written written = store.write(pending, new PatentStore.ImportProgress(job.id(),
                job.bytesRead.get(), job.rejected()));
        pending.clear();
        state = new PatentStore.State(state.count() + written.added(), written.revision());
        job.added.addAndGet(written.added());
        job.replaced.addAndGet(written.replaced());
        lane.put(written);
        sinceCommit += written.records().size();
        if (sinceCommit >= COMMIT_EVERY) {
            commit();
        }
    }

    /** Waits for the batches handed over, then commits the index with the state they make. */
    private void commit() throws Exception {
        lane.drain();
        index.commit(state);
        sinceCommit = 0;
    }
}
