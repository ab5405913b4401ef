package org.onestop.metrics.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

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
 * The operators' health page, {@code /ops/health}: the key figures of the gateway with their last hour as charts
 * (inline SVG with a text alternative), times in the centre's zone; and the same samples as JSON at
 * {@code /api/ops/health/figures} ({@code /api/ops/health} is the platform's report of bundles and database).
 */
@Component(service = HealthPages.class, immediate = true)
@ModuleResource
@Path("/")
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class HealthPages {

    private final FigureHistory history;
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

    @Activate
    public HealthPages(@Reference FigureHistory history, @Reference CentreZone zone) {
        this.history = history;
        this.zone = zone;
    }

    @GET
    @Path("ops/health")
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        Instant now = Instant.now();
        ZoneId in = zone.zone();
        List<FigureView> figures = Arrays.stream(Figure.values()).map(f -> new FigureView(f.word(),
                SvgChart.of(history.of(f).list(), f.decimals(), now, in))).toList();
        return Response.ok(View.of("metrics/health", "figures", figures, "sampled",
                figures.stream().anyMatch(f -> f.chart().last() != null), "width", SvgChart.WIDTH,
                "height", SvgChart.HEIGHT, "left", SvgChart.LEFT, "right", SvgChart.RIGHT, "top", SvgChart.TOP,
                "bottom", SvgChart.BOTTOM)).cacheControl(noStore()).build();
    }

    @GET
    @Path("api/ops/health/figures")
    @Produces(MediaType.APPLICATION_JSON)
    public Response figures() {
        List<FigureSamples> figures = Arrays.stream(Figure.values()).map(f -> new FigureSamples(f.word(),
                history.of(f).list().stream().map(s -> new Point(s.at(), Double.isNaN(s.value()) ? null
                        : s.value())).toList())).toList();
        return Response.ok(java.util.Map.of("minutes", FigureHistory.MINUTES, "figures", figures))
                .cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }
}
