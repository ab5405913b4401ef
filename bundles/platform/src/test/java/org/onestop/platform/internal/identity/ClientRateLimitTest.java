package org.onestop.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.testing.TestDatabase;

/** The per-address limits counted in the platform's tables, as every gateway node on one database counts them. */
class ClientRateLimitTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    @TempDir
    Path folder;
    private DataSource database;

    @BeforeEach
    void database() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM").dataSource();
    }

    @Test
    void anAddressGetsItsLimitWithinTheWindowAndMoreOnceItsFirstAttemptsLeaveIt() throws Exception {
        ClientRateLimit registrations = new ClientRateLimit(database, "register", HOUR);

        assertTrue(registrations.tryAcquire("203.0.113.7", 2, T0));
        assertTrue(registrations.tryAcquire("203.0.113.7", 2, T0.plusSeconds(600)));
        assertFalse(registrations.tryAcquire("203.0.113.7", 2, T0.plusSeconds(1200)), "the third within the hour");
        assertTrue(registrations.tryAcquire("198.51.100.1", 2, T0.plusSeconds(1200)), "another address");
        assertTrue(new ClientRateLimit(database, "link.request", HOUR).tryAcquire("203.0.113.7", 2,
                T0.plusSeconds(1200)), "another kind of attempt");
        assertTrue(registrations.tryAcquire("203.0.113.7", 2, T0.plusSeconds(3601)), "the first left the window");
        assertFalse(registrations.tryAcquire("203.0.113.7", 2, T0.plusSeconds(3602)));
    }

    @Test
    void twoNodesRacingForOneAddressLetThroughNoMoreThanTheLimitBetweenThem() throws Exception {
        ClientRateLimit nodeOne = new ClientRateLimit(database, "register", HOUR);
        ClientRateLimit nodeTwo = new ClientRateLimit(database, "register", HOUR);
        int limit = 5;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ClientRateLimit node = i % 2 == 0 ? nodeOne : nodeTwo;
            Instant at = T0.plusMillis(i);
            attempts.add(() -> {
                start.await();
                return node.tryAcquire("192.0.2.9", limit, at);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (Callable<Boolean> attempt : attempts) {
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> answer : answers) {
                allowed += answer.get() ? 1 : 0;
            }
            assertEquals(limit, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSweepRemovesWhatNoWindowReaches() throws Exception {
        ClientRateLimit registrations = new ClientRateLimit(database, "register", HOUR);
        registrations.tryAcquire("203.0.113.7", 5, T0);
        registrations.tryAcquire("198.51.100.1", 5, T0.plus(Duration.ofDays(2)));

        int removed = Transaction.run(database, c -> ClientRateLimit.sweep(c, T0.plus(Duration.ofDays(1))));

        assertEquals(2, removed, "the first address's attempt and its row");
        assertFalse(registrations.tryAcquire("198.51.100.1", 1, T0.plus(Duration.ofDays(2)).plusSeconds(1)),
                "the recent attempt stays counted");
    }
}
