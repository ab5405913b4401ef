package org.onestop.metrics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operators' health page, {@code /ops/health}: the key figures of the hall with their last hour as charts
 * (inline SVG with a text alternative), times in the centre's zone — with several nodes, the hall's figures
 * ({@link HallFigures}) and each node's latest; and the same samples as JSON at {@code /api/ops/health/figures}
 * ({@code /api/ops/health} is the platform's report of bundles and database).
 */
@Component(service = HealthPages.class, immediate = true)
@ModuleResource
@Path("/")
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class HealthPages {

    /** A node that has not stored a sample for this long is shown as silent (stopped, or cut off). */
    static final Duration SILENT = Duration.ofMinutes(3);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final NodeFigures nodes;
    private final CentreZone zone;

    /** One figure on the page: its word, and its chart. */
    public record FigureView(String word, SvgChart chart) {
    }

    /** One figure in JSON: its samples, oldest first. */
    public record FigureSamples(String name, List<Point> samples) {
    }

    /** One sample in JSON; value null when it could not be read. */
    public record Point(Instant at, Double value) {
    }

    /**
     * One node on the page: its name and the first eight characters of it, whether it is the node answering, the
     * time of its newest sample in the centre's zone (null before its first), whether it has gone silent, and its
     * newest figures as shown (null where it has none).
     */
    public record NodeView(String name, String shortName, boolean here, String last, boolean silent,
            String requests, String latency, String heap, String threads) {
    }

    /** One node in JSON: its newest sample's time and figures by word (null where none could be read). */
    public record NodeLatest(String node, boolean here, Instant lastAt, Map<String, Double> figures) {
    }

    @Activate
    public HealthPages(@Reference NodeFigures nodes, @Reference CentreZone zone) {
        this.nodes = nodes;
        this.zone = zone;
    }

    @GET
    @Path("ops/health")
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        Instant now = Instant.now();
        ZoneId in = zone.zone();
        List<HallFigures.Node> hall = nodes.hall(now);
        Map<Figure, List<Samples.Sample>> combined = HallFigures.of(hall);
        List<FigureView> figures = Arrays.stream(Figure.values()).map(f -> new FigureView(f.word(),
                SvgChart.of(combined.get(f), f.decimals(), now, in))).toList();
        List<NodeView> views = hall.stream().map(n -> view(n, now, in)).toList();
        return Response.ok(View.of("metrics/health", "figures", figures, "nodes", views, "several",
                views.size() > 1, "sampled",
                figures.stream().anyMatch(f -> f.chart().last() != null), "width", SvgChart.WIDTH,
                "height", SvgChart.HEIGHT, "left", SvgChart.LEFT, "right", SvgChart.RIGHT, "top", SvgChart.TOP,
                "bottom", SvgChart.BOTTOM)).cacheControl(noStore()).build();
    }

    @GET
    @Path("api/ops/health/figures")
    @Produces(MediaType.APPLICATION_JSON)
    public Response figures() {
        List<HallFigures.Node> hall = nodes.hall(Instant.now());
        Map<Figure, List<Samples.Sample>> combined = HallFigures.of(hall);
        List<FigureSamples> figures = Arrays.stream(Figure.values()).map(f -> new FigureSamples(f.word(),
                combined.get(f).stream().map(s -> new Point(s.at(), value(s.value()))).toList())).toList();
        List<NodeLatest> latest = hall.stream().map(n -> {
            Map<String, Double> values = new LinkedHashMap<>();
            for (Figure f : Figure.values()) {
                values.put(f.word(), value(n.latest(f)));
            }
            return new NodeLatest(n.name(), n.here(), n.last(), values);
        }).toList();
        return Response.ok(Map.of("minutes", FigureHistory.MINUTES, "node", nodes.node(), "nodes", latest,
                "figures", figures)).cacheControl(noStore()).build();
    }

    /** One node as the page shows it: its latest figures, and whether it has gone silent ({@link #SILENT}). */
    static NodeView view(HallFigures.Node node, Instant now, ZoneId in) {
        Instant last = node.last();
        return new NodeView(node.name(), node.name().substring(0, Math.min(8, node.name().length())), node.here(),
                last == null ? null : CLOCK.format(last.atZone(in)),
                !node.here() && (last == null || last.isBefore(now.minus(SILENT))), shown(node, Figure.REQUESTS),
                shown(node, Figure.LATENCY), shown(node, Figure.HEAP), shown(node, Figure.THREADS));
    }

    private static String shown(HallFigures.Node node, Figure figure) {
        double value = node.latest(figure);
        return Double.isNaN(value) ? null : SvgChart.number(value, figure.decimals());
    }

    private static Double value(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }
}
