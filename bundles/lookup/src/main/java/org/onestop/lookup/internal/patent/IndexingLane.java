package org.onestop.lookup.internal.patent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts batches of stored records into the index on threads of their own, beside the thread that reads the file and
 * writes the database. At most {@code threads + 1} batches wait or run at once: when indexing falls behind, the
 * next hand-off waits, so memory stays bounded. The first failure is thrown at the next hand-off or
 * {@link #drain}; batches handed over after it are dropped, and the index must then not be committed as matching
 * the database.
 */
final class IndexingLane implements AutoCloseable {

    private static final AtomicInteger LANES = new AtomicInteger();

    private final PatentIndex index;
    private final ExecutorService threads;
    private final Semaphore slots;
    private final int capacity;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    IndexingLane(PatentIndex index, int threads) {
        int n = Math.max(1, threads);
        int lane = LANES.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        this.index = index;
        this.capacity = n + 1;
        this.slots = new Semaphore(capacity);
        this.threads = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "lookup-indexing-" + lane + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** As many indexing threads as the machine has cores. */
    static IndexingLane forThisMachine(PatentIndex index) {
        return new IndexingLane(index, Runtime.getRuntime().availableProcessors());
    }

    /** Hands a written batch over; waits while the lane is full. */
    void put(PatentStore.Written batch) throws Exception {
        rethrow();
        slots.acquire();
        try {
            threads.execute(() -> {
                try {
                    if (failure.get() == null) {
                        index.put(batch);
                    }
                } catch (Exception | Error e) {
                    failure.compareAndSet(null, e instanceof Exception x ? x : new IllegalStateException(e));
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Waits until every batch handed over is in the index, and throws the first failure if one happened. */
    void drain() throws Exception {
        slots.acquire(capacity);
        slots.release(capacity);
        rethrow();
    }

    private void rethrow() throws Exception {
        Exception e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Stops the threads once the batches handed over are done. */
    @Override
    public void close() throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(10, TimeUnit.MINUTES)) {
            threads.shutdownNow();
        }
    }
}
