package org.onestop.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.metrics.internal.Samples.Sample;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Two nodes on one database, each with its own meters: the health page of either shows the hall — requests of both
 * together, the error share weighted by each node's requests, the slower node's times — and each node's latest.
 */
class NodeFiguresTest {

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T08:00:10Z"));
    private TestDatabase database;
    private final MeterRegistry east = new SimpleMeterRegistry();
    private final MeterRegistry west = new SimpleMeterRegistry();
    private FigureHistory eastHistory;
    private FigureHistory westHistory;
    private NodeFigures eastNode;
    private NodeFigures westNode;

    @BeforeEach
    void twoNodes() throws Exception {
        database = TestDatabase.of(folder, "METRICS");
        eastHistory = new FigureHistory(east, clock);
        westHistory = new FigureHistory(west, clock);
        eastNode = new NodeFigures(database.dataSource(), eastHistory, "east-node-0001", clock);
        westNode = new NodeFigures(database.dataSource(), westHistory, "west-node-0002", clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static void answer(MeterRegistry registry, int status, int times, long millis) {
        Timer timer = Timer.builder(RequestMeter.REQUESTS).tag("route", "/api/info/news")
                .tag("status", Integer.toString(status)).register(registry);
        Timer latency = Timer.builder(RequestMeter.LATENCY).publishPercentiles(0.95).register(registry);
        for (int i = 0; i < times; i++) {
            timer.record(Duration.ofMillis(millis));
            latency.record(Duration.ofMillis(millis));
        }
    }

    /** A minute passes: each node answers, samples and stores. */
    private void minute(int eastOk, int eastFailed, long eastMillis, int westOk, long westMillis) throws Exception {
        answer(east, 200, eastOk, eastMillis);
        answer(east, 500, eastFailed, eastMillis);
        answer(west, 200, westOk, westMillis);
        clock.advance(Duration.ofMinutes(1));
        eastHistory.sample();
        westHistory.sample();
        eastNode.store();
        westNode.store();
    }

    @Test
    void eitherNodeShowsTheWholeHallAndEachNodesLatestFigures() throws Exception {
        minute(90, 10, 20, 300, 80);
        minute(60, 0, 20, 40, 80);

        List<HallFigures.Node> seenFromWest = westNode.hall(clock.instant());
        assertEquals(List.of("west-node-0002", "east-node-0001"), seenFromWest.stream().map(HallFigures.Node::name)
                .toList(), "this node first, then the others that stored figures");
        assertTrue(seenFromWest.get(0).here() && !seenFromWest.get(1).here());

        Map<Figure, List<Sample>> hall = HallFigures.of(seenFromWest);
        List<Sample> requests = hall.get(Figure.REQUESTS);
        assertEquals(2, requests.size(), "one sample a minute for the hall: " + requests);
        assertEquals(400, requests.get(0).value(), 1, "both nodes' requests of the first minute together");
        assertEquals(100, requests.get(1).value(), 1);
        assertEquals(2.5, hall.get(Figure.ERRORS).get(0).value(), 0.01,
                "10 server errors of 400 requests in the hall (10 % of east's 100)");
        assertEquals(0, hall.get(Figure.ERRORS).get(1).value(), 0.01);
        assertTrue(hall.get(Figure.LATENCY).get(0).value() >= 75, "the slower node's times: " + hall.get(
                Figure.LATENCY));

        List<HallFigures.Node> seenFromEast = eastNode.hall(clock.instant());
        assertEquals(HallFigures.of(seenFromEast).get(Figure.REQUESTS).stream().map(Sample::value).toList(),
                requests.stream().map(Sample::value).toList(), "either node shows the same hall");
        assertEquals(40, seenFromEast.get(1).latest(Figure.REQUESTS), 1, "west's latest minute, read from the table");
    }

    @Test
    void aNodeThatStopsDropsOutOfTheHourAndOldRowsAreRemoved() throws Exception {
        minute(10, 0, 20, 10, 20);
        assertEquals(2, westNode.hall(clock.instant()).size());
        assertEquals(16, Integer.parseInt(database.text("SELECT COUNT(*) FROM METRICS.NODE_FIGURE")),
                "eight figures of each node's one sample");

        clock.advance(Duration.ofMinutes(61));
        assertEquals(1, westNode.hall(clock.instant()).size(), "east's samples are over an hour old");
        clock.advance(NodeFigures.KEPT);
        westNode.store();
        assertEquals(0, Integer.parseInt(database.text("SELECT COUNT(*) FROM METRICS.NODE_FIGURE")),
                "rows older than an hour and a half are removed by any node");
    }

    @Test
    void aSampleIsStoredOnceThoughTheNodeStoresAgainBeforeTheNextOne() throws Exception {
        minute(5, 0, 20, 5, 20);
        eastNode.store();
        assertEquals(8, Integer.parseInt(database.text(
                "SELECT COUNT(*) FROM METRICS.NODE_FIGURE WHERE NODE_NAME = 'east-node-0001'")));
    }
}
