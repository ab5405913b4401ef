package org.onestop.platform.internal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Whole answers to anonymous visitors' requests, kept for a second: the same request (from the same client
 * address, for the same address and query, with every header alike, cookies and languages included) asked again
 * within the second is answered with the same status, headers and bytes without passing through the REST runtime.
 * Only an answer the shell marked as the same for everyone who asks alike ({@link #SHAREABLE}: a page rendered for a
 * visitor who is not signed in, in which no CSRF token was written, or the JSON of a method declared a
 * {@link org.onestop.api.module.PublicAnswer}) is kept, and none that sets a cookie.
 *
 * <p>What a visitor reads is never older than a second, and never older than a change made through this gateway:
 * every request that may change something (any method but GET, HEAD, OPTIONS and TRACE) lets go of every answer
 * when it arrives and again when it has been answered, and no answer is kept while one is under way; an answer
 * rendered before a change is not kept after it ({@link #generation()}). A bundle or a service coming, changing or
 * leaving lets go of them too. Another node's changes, and the gateway's own scheduled work, show within the second.
 */
public final class PublicAnswers {

    /** The request attribute by which the shell marks an answer as the same for every visitor who asks alike. */
    public static final String SHAREABLE = "onestop.answer.shareable";
    /**
     * The request attribute holding the request meter's {@link LongConsumer} for this request's series (its method,
     * route and status): an answer given again is timed in the same series.
     */
    public static final String METER = "onestop.answer.meter";
    /** How long an answer is given again after it was made. */
    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The most answers kept; past it they are all let go (addresses with arbitrary queries must not fill memory). */
    static final int MOST = 256;
    /** The longest body kept, in bytes. */
    static final int LONGEST = 256 * 1024;
    /** The most bytes of bodies kept in all; past it they are all let go. */
    static final long MOST_BYTES = 16L * 1024 * 1024;

    /** An answer as it was sent: status, headers in order, body, when it was made, and its meter (null: none). */
    record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body, long madeAt, LongConsumer meter) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final LongSupplier nanos;
    private final AtomicLong generation = new AtomicLong();
    private int changing;
    private long bytes;

    PublicAnswers() {
        this(System::nanoTime);
    }

    PublicAnswers(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** The answer to the request of {@code key}, if it was made less than a second ago. */
    Optional<Answer> find(String key) {
        Answer answer = answers.get(key);
        if (answer == null || nanos.getAsLong() - answer.madeAt() >= FRESH_NANOS) {
            return Optional.empty();
        }
        return Optional.of(answer);
    }

    /** The count of changes so far: read before a request is answered, given to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps an answer for {@code key}, unless its body is too long, a change is under way, or one began or ended
     * since {@code generation} was read (the answer may show what was there before it).
     */
    void keep(String key, int status, List<Map.Entry<String, String>> headers, byte[] body, LongConsumer meter,
            long generation) {
        if (body.length > LONGEST) {
            return;
        }
        synchronized (lock) {
            if (changing > 0 || generation != this.generation.get()) {
                return;
            }
            if (answers.size() >= MOST || bytes + body.length > MOST_BYTES) {
                answers.clear();
                bytes = 0;
            }
            Answer replaced = answers.put(key, new Answer(status, List.copyOf(headers), body, nanos.getAsLong(), meter));
            bytes += body.length - (replaced == null ? 0 : replaced.body().length);
        }
    }

    /** A request that may change something arrives: every answer is let go, and none is kept until it ends. */
    void changeBegins() {
        synchronized (lock) {
            changing++;
            forgetHeld();
        }
    }

    /** That request has been answered: every answer kept meanwhile (none) or rendered before is let go. */
    void changeEnds() {
        synchronized (lock) {
            changing--;
            forgetHeld();
        }
    }

    /** Lets go of every answer (a module came, changed or left); one being made meanwhile is not kept. */
    void forget() {
        synchronized (lock) {
            forgetHeld();
        }
    }

    private void forgetHeld() {
        generation.incrementAndGet();
        answers.clear();
        bytes = 0;
    }
}
