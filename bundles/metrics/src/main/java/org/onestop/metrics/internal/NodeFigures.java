package org.onestop.metrics.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.onestop.api.module.GatewayNode;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.onestop.api.schema.UtcColumns;
import org.onestop.metrics.internal.Samples.Sample;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every node's figures in the database ({@code METRICS.NODE_FIGURE}): once a minute each node stores the samples
 * its {@link FigureHistory} took since it last stored (so a minute missed while the database was away is stored
 * the next), and drops every node's rows older than {@link #KEPT}; any node then reads the hall's last hour, its own
 * samples from memory and the others' from the table.
 */
@Component(service = NodeFigures.class, immediate = true)
public final class NodeFigures {

    /** How long rows are kept: the hour shown, and a margin. */
    static final Duration KEPT = Duration.ofMinutes(90);
    private static final Logger LOG = LoggerFactory.getLogger(NodeFigures.class);

    private final DataSource database;
    private final FigureHistory history;
    private final String node;
    private final Clock clock;
    private ScheduledTask task;
    private Instant stored = Instant.MIN;

    @Activate
    public NodeFigures(BundleContext context, @Reference(target = "(onestop.schema=METRICS)") DataSource database,
            @Reference FigureHistory history, @Reference Scheduler scheduler) throws IOException {
        this(database, history, GatewayNode.name(GatewayPaths.of(context).data()), Clock.systemUTC());
        task = scheduler.every("metrics.nodes", Duration.ofSeconds(65), Duration.ofMinutes(1), this::store);
    }

    NodeFigures(DataSource database, FigureHistory history, String node, Clock clock) {
        this.database = database;
        this.history = history;
        this.node = node;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        if (task != null) {
            task.close();
        }
    }

    /** This node's name, as {@code data/node} keeps it. */
    String node() {
        return node;
    }

    /** Stores this node's samples newer than the last stored, and drops rows older than {@link #KEPT}. */
    synchronized void store() throws SQLException {
        Instant newest = stored;
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO NODE_FIGURE (NODE_NAME,"
                    + " SAMPLED_AT, FIGURE, FIGURE_VALUE) VALUES (?, ?, ?, ?)");
                    PreparedStatement drop = connection.prepareStatement(
                            "DELETE FROM NODE_FIGURE WHERE SAMPLED_AT < ?")) {
                for (Figure figure : Figure.values()) {
                    for (Sample sample : history.of(figure).list()) {
                        Instant at = UtcColumns.storable(sample.at());
                        if (at.isAfter(stored)) {
                            insert.setString(1, node);
                            UtcColumns.set(insert, 2, at);
                            insert.setString(3, figure.word());
                            if (Double.isNaN(sample.value())) {
                                insert.setNull(4, java.sql.Types.DOUBLE);
                            } else {
                                insert.setDouble(4, sample.value());
                            }
                            insert.addBatch();
                            newest = at.isAfter(newest) ? at : newest;
                        }
                    }
                }
                insert.executeBatch();
                UtcColumns.set(drop, 1, clock.instant().minus(KEPT));
                drop.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        stored = newest;
    }

    /**
     * Every node's samples of the last hour before {@code now}: this node's first (from memory), then the others'
     * that stored any, by name; this node's alone when the table cannot be read.
     */
    List<HallFigures.Node> hall(Instant now) {
        List<HallFigures.Node> nodes = new ArrayList<>();
        Map<Figure, List<Sample>> mine = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            mine.put(figure, history.of(figure).list());
        }
        nodes.add(new HallFigures.Node(node, true, mine));
        Map<String, Map<Figure, List<Sample>>> others = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT NODE_NAME, SAMPLED_AT, FIGURE,"
                        + " FIGURE_VALUE FROM NODE_FIGURE WHERE SAMPLED_AT > ? AND NODE_NAME <> ?"
                        + " ORDER BY NODE_NAME, SAMPLED_AT")) {
            UtcColumns.set(select, 1, now.minus(SvgChart.SPAN));
            select.setString(2, node);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Figure figure = Figure.named(rows.getString(3));
                    if (figure == null) {
                        continue; // a figure of another version of the bundle
                    }
                    double value = rows.getDouble(4);
                    boolean unread = rows.wasNull();
                    others.computeIfAbsent(rows.getString(1), n -> new EnumMap<>(Figure.class))
                            .computeIfAbsent(figure, f -> new ArrayList<>())
                            .add(new Sample(UtcColumns.get(rows, 2), unread ? Double.NaN : value));
                }
            }
        } catch (SQLException e) {
            LOG.warn("Cannot read the other nodes' figures: {}", e.toString());
        }
        others.forEach((name, figures) -> nodes.add(new HallFigures.Node(name, false, figures)));
        return nodes;
    }
}
