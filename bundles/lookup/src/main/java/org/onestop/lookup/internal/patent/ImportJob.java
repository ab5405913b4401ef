package org.onestop.lookup.internal.patent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One staff import of a patent file, followed while it runs: how much of the file is read, how many records were
 * added, replaced or refused, and why each refused one was. Counters are safe to read from any thread.
 */
public final class ImportJob {

    /** Where an import is. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** Problems kept for the report; further ones are only counted. */
    static final int MAX_PROBLEMS = 1000;

    private final int id;
    private final String fileName;
    private final ImportFormat format;
    private final long bytes;
    private final Instant submitted;
    private final LocalDate day;
    final AtomicLong bytesRead = new AtomicLong();
    final AtomicLong added = new AtomicLong();
    final AtomicLong replaced = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    private final List<ImportProblem> problems = new ArrayList<>();
    private volatile State state = State.QUEUED;
    private volatile Instant started;
    private volatile Instant finished;
    private volatile String failure;

    ImportJob(int id, String fileName, ImportFormat format, long bytes, Instant submitted, LocalDate day) {
        this.id = id;
        this.day = day;
        this.fileName = fileName;
        this.format = format;
        this.bytes = bytes;
        this.submitted = submitted;
    }

    /** The import's number, as the database keeps it: the batch each of its records names. */
    public int id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public ImportFormat format() {
        return format;
    }

    public State state() {
        return state;
    }

    public long bytes() {
        return bytes;
    }

    public long bytesRead() {
        return bytesRead.get();
    }

    public long added() {
        return added.get();
    }

    public long replaced() {
        return replaced.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public Instant submitted() {
        return submitted;
    }

    /** The centre's day the import was sent on. */
    public LocalDate day() {
        return day;
    }

    public Instant started() {
        return started;
    }

    public Instant finished() {
        return finished;
    }

    /** Why the whole import failed, as a message key ({@code lookup.import.failure.*}), or null. */
    public String failure() {
        return failure;
    }

    /** Percentage of the file read, 0 to 100. */
    public int percent() {
        return bytes <= 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, bytesRead.get() * 100 / bytes);
    }

    public synchronized List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    synchronized void problem(ImportProblem problem) {
        rejected.incrementAndGet();
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    void running() {
        started = Instant.now();
        state = State.RUNNING;
    }

    void done() {
        bytesRead.set(bytes);
        finished = Instant.now();
        state = State.DONE;
    }

    void failed(String reason) {
        failure = reason;
        finished = Instant.now();
        state = State.FAILED;
    }
}
