package org.onestop.metrics.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onestop.metrics.internal.Samples.Sample;

/**
 * The hall's figures from every node's: one sample a minute (the minute each node's sample falls in), made as the
 * figure's {@link Figure.Hall} says — requests summed, the share of errors weighted by each node's requests, times,
 * heap and threads the highest node's, the database's counts any node's.
 */
final class HallFigures {

    /** One node's samples of the last hour. */
    record Node(String name, boolean here, Map<Figure, List<Sample>> figures) {

        /** The time of its newest sample, or null when it has none. */
        Instant last() {
            return figures.values().stream().filter(list -> !list.isEmpty()).map(list -> list.get(list.size() - 1)
                    .at()).max(Instant::compareTo).orElse(null);
        }

        /** Its newest value of {@code figure}, NaN when it has none. */
        double latest(Figure figure) {
            List<Sample> list = figures.getOrDefault(figure, List.of());
            return list.isEmpty() ? Double.NaN : list.get(list.size() - 1).value();
        }
    }

    private HallFigures() {
    }

    /** The hall's samples of each figure, oldest first. */
    static Map<Figure, List<Sample>> of(List<Node> nodes) {
        Map<Figure, List<Sample>> hall = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            hall.put(figure, combined(figure, nodes));
        }
        return hall;
    }

    private static List<Sample> combined(Figure figure, List<Node> nodes) {
        Map<Instant, List<Sample>> byMinute = byMinute(figure, nodes);
        Map<Instant, List<Sample>> requests = byMinute(Figure.REQUESTS, nodes);
        List<Sample> combined = new ArrayList<>(byMinute.size());
        byMinute.forEach((minute, samples) -> {
            Instant at = samples.stream().map(Sample::at).max(Instant::compareTo).orElseThrow();
            List<Sample> read = samples.stream().filter(s -> !Double.isNaN(s.value())).toList();
            double value;
            if (read.isEmpty()) {
                value = Double.NaN;
            } else {
                value = switch (figure.hall()) {
                    case SUM -> read.stream().mapToDouble(Sample::value).sum();
                    case HIGHEST, SHARED -> read.stream().mapToDouble(Sample::value).max().orElseThrow();
                    case SHARE_OF_REQUESTS -> share(samples, requests.getOrDefault(minute, List.of()));
                };
            }
            combined.add(new Sample(at, value));
        });
        return combined;
    }

    /**
     * The share of every node's requests that minute: each node's share times its requests, over all requests
     * (nodes pair up by their position, {@link #byMinute} keeping the nodes' order).
     */
    private static double share(List<Sample> shares, List<Sample> requests) {
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < shares.size() && i < requests.size(); i++) {
            double share = shares.get(i).value();
            double answered = requests.get(i).value();
            if (!Double.isNaN(share) && !Double.isNaN(answered)) {
                weighted += share * answered;
                total += answered;
            }
        }
        return total > 0 ? weighted / total : 0;
    }

    /**
     * Each minute's samples of {@code figure}, one per node in the nodes' order (NaN for a node without one that
     * minute, so that positions pair up across figures); a node's later sample in the same minute wins.
     */
    private static Map<Instant, List<Sample>> byMinute(Figure figure, List<Node> nodes) {
        Map<Instant, List<Sample>> minutes = new TreeMap<>();
        for (Node node : nodes) {
            for (Sample sample : node.figures().getOrDefault(figure, List.of())) {
                minutes.computeIfAbsent(sample.at().truncatedTo(ChronoUnit.MINUTES), m -> new ArrayList<>());
            }
        }
        for (Map.Entry<Instant, List<Sample>> minute : minutes.entrySet()) {
            for (Node node : nodes) {
                Sample found = new Sample(minute.getKey(), Double.NaN);
                for (Sample sample : node.figures().getOrDefault(figure, List.of())) {
                    if (sample.at().truncatedTo(ChronoUnit.MINUTES).equals(minute.getKey())) {
                        found = sample;
                    }
                }
                minute.getValue().add(found);
            }
        }
        return minutes;
    }
}
