package org.onestop.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The last hour of one figure: 60 samples at most, oldest first, the oldest dropped when a new one comes. */
class SamplesTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private static List<Double> values(Samples samples) {
        return samples.list().stream().map(Samples.Sample::value).toList();
    }

    @Test
    void keepsWhatCameOldestFirstUntilFull() {
        Samples samples = new Samples(3);
        assertEquals(List.of(), samples.list());
        assertNull(samples.last());

        samples.add(T0, 1);
        samples.add(T0.plusSeconds(60), 2);

        assertEquals(List.of(1.0, 2.0), values(samples));
        assertEquals(new Samples.Sample(T0.plusSeconds(60), 2), samples.last());
    }

    @Test
    void dropsTheOldestOnceFull() {
        Samples samples = new Samples(FigureHistory.MINUTES);
        IntStream.range(0, 75).forEach(i -> samples.add(T0.plusSeconds(60L * i), i));

        List<Samples.Sample> kept = samples.list();
        assertEquals(60, kept.size());
        assertEquals(15.0, kept.get(0).value());
        assertEquals(T0.plusSeconds(60L * 15), kept.get(0).at());
        assertEquals(74.0, kept.get(59).value());
        assertEquals(74.0, samples.last().value());
    }

    @Test
    void needsRoomForOneSample() {
        assertThrows(IllegalArgumentException.class, () -> new Samples(0));
        Samples one = new Samples(1);
        one.add(T0, 1);
        one.add(T0, 2);
        assertEquals(List.of(2.0), values(one));
    }
}
