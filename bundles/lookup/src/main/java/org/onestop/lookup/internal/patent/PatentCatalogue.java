package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.GatewayNode;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.onestop.api.schema.Schema;
import org.onestop.lookup.internal.Edit;
import org.onestop.lookup.internal.LookupConfig;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The patent records as lookup offers them: searched through the full-text index, read from the database, imported
 * from files by staff, and the index rebuilt from the database. Everything that writes (imports, rebuilds) runs
 * one at a time on the catalogue's own worker thread, in the order asked; searches run beside it and see the
 * index as of its last commit. If the index is missing or does not match the database at start, it is rebuilt in
 * the background and searches say so meanwhile.
 */
@Component(service = PatentCatalogue.class, immediate = true, configurationPid = LookupConfig.PID)
public final class PatentCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(PatentCatalogue.class);
    private static final int KEPT_JOBS = 50;
    /** Why an import failed that a server error stopped (the error itself is in the log). */
    static final String FAILED = "lookup.import.failure.error";

    private final PatentStore store;
    private final ImportRuns runs;
    private final PatentIndex index;
    private final Path uploads;
    private final int batch;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lookup-patents");
        t.setDaemon(true);
        return t;
    });
    private final Map<Integer, ImportJob> jobs = new LinkedHashMap<>();
    private volatile IndexStatus status = new IndexStatus(IndexStatus.READY, 0, 0);
    private final AtomicBoolean followQueued = new AtomicBoolean();
    private ScheduledTask following;

    @Activate
    public PatentCatalogue(BundleContext context, LookupConfig config,
            @Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=LOOKUP)") DataSource database,
            @Reference Scheduler scheduler) throws IOException, SQLException {
        this(database, lookupFolder(context, config), config.import_batch());
        if (config.index_follow_seconds() > 0) {
            Duration every = Duration.ofSeconds(config.index_follow_seconds());
            following = scheduler.every("lookup.index-follow", every, every, this::followSoon);
        }
    }

    /** A catalogue over a database, keeping its index and uploads in {@code folder}. */
    public PatentCatalogue(DataSource database, Path folder, int batch) throws IOException, SQLException {
        this.store = new PatentStore(database);
        this.runs = new ImportRuns(database, GatewayNode.name(Files.createDirectories(folder)));
        this.batch = Math.max(1, batch);
        int interrupted = runs.abandonInterrupted();
        if (interrupted > 0) {
            LOG.warn("{} patent imports were interrupted by the last stop; they are marked failed", interrupted);
        }
        this.uploads = Files.createDirectories(folder.resolve("uploads"));
        this.index = new PatentIndex(Files.createDirectories(folder.resolve("patent-index")));
        PatentStore.State stored = store.state();
        Optional<PatentStore.State> indexed = index.committed();
        if (indexed.isPresent() && indexed.get().equals(stored)) {
            status = new IndexStatus(IndexStatus.READY, stored.count(), stored.count());
        } else {
            LOG.info("The patent index is {}; rebuilding it from {} records in the background",
                    indexed.isPresent() ? "stale" : "missing", stored.count());
            rebuild();
        }
    }

    private static Path lookupFolder(BundleContext context, LookupConfig config) {
        if (!config.index_dir().isBlank()) {
            return Path.of(config.index_dir());
        }
        return GatewayPaths.of(context).data().resolve("lookup");
    }

    @Deactivate
    public void close() throws IOException {
        if (following != null) {
            following.close();
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }

    public IndexStatus status() {
        return status;
    }

    public PatentHits search(PatentQuery query) throws IOException {
        return index.search(query, status);
    }

    /** A record by any form of its application or publication number. */
    public Optional<PatentRecord> get(String number) throws IOException, SQLException {
        Optional<String> key = index.keyOf(number);
        if (key.isPresent()) {
            return store.get(key.get());
        }
        return store.get(PatentNumbers.key(number));
    }

    /** The full records of a search's first {@code limit} results, in the search's order. */
    public List<PatentRecord> export(PatentQuery query, int limit) throws IOException, SQLException {
        List<PatentRecord> records = new ArrayList<>();
        int size = Math.min(PatentQuery.MAX_SIZE, Math.max(1, limit));
        for (int page = 1; records.size() < limit && (long) page * size <= PatentQuery.MAX_WINDOW; page++) {
            PatentHits hits = index.search(query.onPage(page, size), status);
            for (PatentSummary s : hits.items()) {
                if (records.size() < limit) {
                    store.get(PatentNumbers.key(s.applicationNumber())).ifPresent(records::add);
                }
            }
            if (hits.items().size() < size) {
                break;
            }
        }
        return records;
    }

    /**
     * Queues an import of a file the catalogue now owns (it is deleted once read): the import is stored and audited
     * as {@code edit} now, and again with its counts when it ends.
     */
    public ImportJob submit(String fileName, ImportFormat format, Path file, Edit edit)
            throws IOException, SQLException {
        ImportJob job;
        try {
            job = runs.open(fileName, format, Files.size(file), edit);
        } catch (SQLException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        worker.execute(() -> run(job, file, edit));
        return job;
    }

    /** A file in the catalogue's upload folder, for a request body to be written to before {@link #submit}. */
    public Path newUpload() throws IOException {
        return Files.createTempFile(uploads, "import-", ".upload");
    }

    /** An import since the start of the catalogue, with its live counts and refused records. */
    public Optional<ImportJob> job(int id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** The reports of the latest imports, newest first: live ones as they are now, older ones as stored. */
    public List<ImportReport> recent(int limit, Messages messages, Language language) throws SQLException {
        List<ImportReport> reports = new ArrayList<>();
        for (ImportRuns.Run run : runs.recent(limit)) {
            reports.add(job(run.id()).map(j -> ImportReport.of(j, messages, language))
                    .orElseGet(() -> ImportReport.of(run, messages, language)));
        }
        return reports;
    }

    /** The report of one import, live or stored. */
    public Optional<ImportReport> report(int id, Messages messages, Language language) throws SQLException {
        Optional<ImportJob> live = job(id);
        if (live.isPresent()) {
            return Optional.of(ImportReport.of(live.get(), messages, language));
        }
        return runs.get(id).map(run -> ImportReport.of(run, messages, language));
    }

    /** Where a stored record came from, in the words of {@code language} (e.g. "2026-12-02 导入，第 3 批"). */
    public Optional<String> origin(PatentRecord record, Messages messages, Language language) throws SQLException {
        return runs.ofRecord(record.key()).map(run -> messages.text(language, "lookup.origin."
                + run.format().code(), run.importedOn().toString(), String.valueOf(run.id())));
    }

    /** Rebuilds the index from the database in the background; searches say so until it is done. */
    public void rebuild() throws SQLException {
        status = new IndexStatus(IndexStatus.REBUILDING, 0, store.state().count());
        worker.execute(this::rebuildNow);
    }

    /**
     * Brings the index up to what the table holds when another gateway node (sharing the database) wrote records
     * since the index's last commit: the records written after the index's revision are indexed (each replaces the
     * document of its key), or, when the table holds fewer records or an older revision than the index (the database
     * was restored), the index is rebuilt. Runs on the worker, after what is queued; answers once done.
     */
    public void follow() throws InterruptedException, ExecutionException {
        worker.submit(this::followNow).get();
    }

    /** Queues a follow behind the worker's work, unless one waits there already. */
    private void followSoon() {
        if (followQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    followQueued.set(false);
                    followNow();
                });
            } catch (RejectedExecutionException stopping) {
                followQueued.set(false);
            }
        }
    }

    private void followNow() {
        try {
            if (IndexStatus.REBUILDING.equals(status.state())) {
                return;
            }
            Optional<PatentStore.State> indexed = index.committed();
            // no record is ever deleted, and every write stamps a higher revision: the same latest revision is the
            // same table, found without counting its records (every two seconds, on a table of millions)
            if (indexed.isEmpty() || indexed.get().revision() == store.latestRevision()) {
                return;
            }
            PatentStore.State stored = store.state();
            if (indexed.get().equals(stored)) {
                return;
            }
            if (stored.revision() < indexed.get().revision() || stored.count() < indexed.get().count()) {
                LOG.info("The patent table went back to {} records; rebuilding the index", stored.count());
                status = new IndexStatus(IndexStatus.REBUILDING, 0, stored.count());
                rebuildNow();
                return;
            }
            List<PatentRecord> pending = new ArrayList<>(batch);
            long[] followed = {0};
            PatentStore.State seen = store.readSince(indexed.get().revision(), record -> {
                pending.add(record);
                if (pending.size() >= batch) {
                    followed[0] += replace(pending);
                }
            });
            followed[0] += replace(pending);
            index.commit(seen);
            status = new IndexStatus(status.state(), seen.count(), seen.count());
            LOG.info("Patent index followed the table: {} records written by another node", followed[0]);
        } catch (Exception e) {
            LOG.error("The patent index could not follow the table; it tries again", e);
        }
    }

    /** Indexes {@code records} in place of their keys' documents (if any); answers how many, and empties the list. */
    private int replace(List<PatentRecord> records) throws IOException {
        Set<String> keys = records.stream().map(PatentRecord::key).collect(Collectors.toSet());
        index.put(new PatentStore.Written(List.copyOf(records), keys, 0));
        int n = records.size();
        records.clear();
        return n;
    }

    /** Waits until everything queued before this call is done (for tests and the benchmark). */
    public void awaitIdle() throws InterruptedException, ExecutionException {
        worker.submit(() -> { }).get();
    }

    private void rebuildNow() {
        long started = System.nanoTime();
        try (IndexingLane lane = IndexingLane.forThisMachine(index)) {
            index.clear();
            List<PatentRecord> pending = new ArrayList<>(batch);
            long[] indexed = {0};
            long total = status.total();
            PatentStore.State seen = store.readAll(record -> {
                pending.add(record);
                if (pending.size() >= batch) {
                    lane.put(new PatentStore.Written(List.copyOf(pending), Set.of(), 0));
                    indexed[0] += pending.size();
                    pending.clear();
                    status = new IndexStatus(IndexStatus.REBUILDING, indexed[0], total);
                }
            });
            lane.put(new PatentStore.Written(List.copyOf(pending), Set.of(), 0));
            lane.drain();
            index.commit(seen);
            status = new IndexStatus(IndexStatus.READY, seen.count(), seen.count());
            LOG.info("Patent index rebuilt: {} records in {} ms", seen.count(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            LOG.error("The patent index could not be rebuilt; searches use the index as it was", e);
            status = new IndexStatus(IndexStatus.READY, status.indexed(), status.total());
        }
    }

    /** After a failed import: if the index did not commit what the database holds, it is rebuilt now. */
    private void rebuildIfBehind() {
        try {
            PatentStore.State stored = store.state();
            if (!index.committed().equals(Optional.of(stored))) {
                LOG.warn("The patent index does not match the {} stored records after the failed import;"
                        + " rebuilding it", stored.count());
                status = new IndexStatus(IndexStatus.REBUILDING, 0, stored.count());
                rebuildNow();
            }
        } catch (Exception e) {
            LOG.error("The patent index could not be compared with the database", e);
        }
    }

    private void run(ImportJob job, Path file, Edit edit) {
        job.running();
        try (InputStream in = new CountingInputStream(Files.newInputStream(file), job.bytesRead)) {
            new PatentImport(store, index, batch, job).read(in);
            PatentStore.State now = store.state();
            status = new IndexStatus(status.state(), now.count(), now.count());
            job.done();
            LOG.info("Imported {}: {} added, {} replaced, {} refused", job.fileName(), job.added(),
                    job.replaced(), job.rejected());
        } catch (Exception e) {
            LOG.error("Import of {} failed", job.fileName(), e);
            job.failed(FAILED);
            rebuildIfBehind();
        } finally {
            try {
                runs.close(job, edit);
            } catch (SQLException | RuntimeException e) {
                LOG.error("The end of import {} of {} could not be stored", job.id(), job.fileName(), e);
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Upload {} could not be deleted: {}", file, e.getMessage());
            }
        }
    }
}
