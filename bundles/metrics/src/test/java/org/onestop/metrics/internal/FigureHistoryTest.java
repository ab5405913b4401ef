package org.onestop.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A minute's sample of the key figures, read from the meters as the gateway keeps them. */
class FigureHistoryTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final MovingClock clock = new MovingClock();

    private void answer(String route, int status, int times) {
        Timer timer = Timer.builder(RequestMeter.REQUESTS).tag("route", route).tag("status", Integer.toString(status))
                .register(registry);
        for (int i = 0; i < times; i++) {
            timer.record(Duration.ofMillis(20));
        }
    }

    @Test
    void countsTheRequestsOfTheLastMinuteAndTheShareAnsweredWithAServerError() {
        answer("/health", 200, 50);
        FigureHistory history = new FigureHistory(registry, clock);

        answer("/health", 200, 7);
        answer("/api/info/news", 404, 2);
        answer("/api/info/news", 500, 1);
        clock.now = clock.now.plusSeconds(60);
        history.sample();
        answer("/health", 200, 30);
        clock.now = clock.now.plusSeconds(120);
        history.sample();

        assertEquals(10, history.of(Figure.REQUESTS).list().get(0).value(), "only those since the baseline");
        assertEquals(10, history.of(Figure.ERRORS).list().get(0).value(), "1 of 10 was a 5xx (per cent)");
        assertEquals(15, history.of(Figure.REQUESTS).last().value(), "30 in two minutes");
        assertEquals(0, history.of(Figure.ERRORS).last().value());
        assertEquals(clock.now, history.of(Figure.THREADS).last().at());
    }

    @Test
    void readsTheBusinessGaugesAndLeavesAGapForAFigureNotThere() {
        AtomicLong overdue = new AtomicLong(3);
        Gauge.builder(CaseGauges.OVERDUE, overdue, AtomicLong::get).register(registry);
        Gauge.builder(OutboxGauges.OUTBOX, () -> 4).tag("status", "pending").register(registry);
        Gauge.builder(OutboxGauges.OUTBOX, () -> 9).tag("status", "failed").register(registry);
        Gauge.builder(CaseGauges.OPEN, () -> 2).tags("module", "preexam", "status", "submitted").register(registry);
        Gauge.builder(CaseGauges.OPEN, () -> 5).tags("module", "training", "status", "review").register(registry);
        FigureHistory history = new FigureHistory(registry, clock);

        clock.now = clock.now.plusSeconds(60);
        history.sample();

        assertEquals(3, history.of(Figure.OVERDUE).last().value());
        assertEquals(4, history.of(Figure.OUTBOX).last().value(), "the mail waiting, not the failed");
        assertEquals(7, history.of(Figure.OPEN_CASES).last().value());
        assertTrue(Double.isNaN(history.of(Figure.THREADS).last().value()), "no JVM binder in this registry");
        assertEquals(0, history.of(Figure.REQUESTS).last().value());
    }
}
