package org.onestop.info.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();
    private final RecentReads<String, Integer> recent = new RecentReads<>(5_000, now::get);

    private int read(String key) throws Exception {
        return recent.get(key, reads::incrementAndGet);
    }

    @Test
    void aFreshAnswerIsReusedAndAStaleOneReadAgain() throws Exception {
        assertEquals(1, read("news"));
        now.addAndGet(4_999);
        assertEquals(1, read("news"));
        now.addAndGet(1);
        assertEquals(2, read("news"));
        assertEquals(2, reads.get());
    }

    @Test
    void clearingForgetsEverything() throws Exception {
        read("news");
        recent.clear();
        assertEquals(2, read("news"));
    }

    @Test
    void itHoldsABoundedNumberOfAnswers() throws Exception {
        for (int i = 0; i < RecentReads.MAX_ENTRIES + 10; i++) {
            read("query " + i);
        }
        int before = reads.get();
        read("query " + (RecentReads.MAX_ENTRIES + 9));
        read("query 0");
        assertEquals(before + 1, reads.get(), "answers kept since the last trim are reused, older ones read again");
    }

    @Test
    void aReadOverlappingAWriteDoesNotKeepItsAnswer() throws Exception {
        assertEquals(1, (int) recent.get("news", () -> {
            recent.clear();
            return reads.incrementAndGet();
        }));
        assertEquals(2, read("news"), "read again: the first answer may predate the write");
    }
}
