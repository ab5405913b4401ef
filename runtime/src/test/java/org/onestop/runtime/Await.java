package org.onestop.runtime;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes; never a fixed sleep. */
public final class Await {

    private Await() {
    }

    /** Returns the first value that satisfies the check; fails with the last value seen after the timeout. */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!check.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; last seen: " + abbreviate(String.valueOf(last)));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
            last = probe.get();
        }
        return last;
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
}
