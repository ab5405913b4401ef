package org.onestop.platform.internal.health;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.ModuleResource;
import org.onestop.platform.internal.db.Database;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The gateway's state. UP when the database answers and every bundle is active; DEGRADED (still 200) when some
 * bundle is not; DOWN (503) when the database does not answer. {@code GET /health}, for load balancers and anyone,
 * says only that: {@code {"status": "UP"}}. {@code GET /api/ops/health}, for operators, adds the database, the
 * running modules and every bundle with its version and state.
 */
@Component(service = HealthResource.class, immediate = true)
@ModuleResource
@Path("/")
public final class HealthResource {

    private final BundleContext context;
    private final ModuleDirectory modules;
    /** The gateway's database, or null while it is not open. */
    private final DataSource database;

    /** What anyone may know: the state alone. */
    public record Status(String status) {
    }

    /** The report for operators. */
    public record Health(String status, Instant startedAt, long uptimeSeconds, DatabaseHealth database,
            List<String> modules, List<BundleHealth> bundles) {
    }

    /** Whether the database answers, and what it is. */
    public record DatabaseHealth(String status, String product, String version, String error) {
    }

    /** One bundle and its state; fragments are RESOLVED when healthy. */
    public record BundleHealth(long id, String symbolicName, String version, String state, boolean fragment) {
    }

    /** Built again whenever the database comes or goes, so that the report always names the current one. */
    @Activate
    public HealthResource(BundleContext context, @Reference ModuleDirectory modules,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
                    target = Database.TARGET) DataSource database) {
        this.context = context;
        this.modules = modules;
        this.database = database;
    }

    @GET
    @Path("health")
    @Access(Audience.ANYONE)
    @Produces(MediaType.APPLICATION_JSON)
    public Response status() {
        Health health = report();
        return answer(health, new Status(health.status()));
    }

    @GET
    @Path("api/ops/health")
    @Access(value = Audience.STAFF, roles = Role.OPERATOR)
    @Produces(MediaType.APPLICATION_JSON)
    public Response details() {
        Health health = report();
        return answer(health, health);
    }

    private Health report() {
        DatabaseHealth db = probe(database);
        List<BundleHealth> bundles = Arrays.stream(context.getBundles()).map(HealthResource::bundle).toList();
        boolean allActive = bundles.stream().allMatch(b -> b.fragment() ? !b.state().equals("INSTALLED")
                : b.state().equals("ACTIVE"));
        String status = !db.status().equals("UP") ? "DOWN" : allActive ? "UP" : "DEGRADED";
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return new Health(status, started, Duration.between(started, Instant.now()).toSeconds(), db,
                modules.running().stream().map(m -> m.descriptor().id()).toList(), bundles);
    }

    /** 503 when DOWN, 200 otherwise; never kept by a cache. */
    private static Response answer(Health health, Object body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(health.status().equals("DOWN") ? 503 : 200).entity(body).cacheControl(noStore)
                .build();
    }

    static DatabaseHealth probe(DataSource dataSource) {
        if (dataSource == null) {
            return new DatabaseHealth("DOWN", null, null, "no database is configured or it failed to open");
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return connection.isValid(2)
                    ? new DatabaseHealth("UP", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), null)
                    : new DatabaseHealth("DOWN", meta.getDatabaseProductName(), null, "connection not valid");
        } catch (SQLException e) {
            return new DatabaseHealth("DOWN", null, null, e.getMessage());
        }
    }

    private static BundleHealth bundle(Bundle bundle) {
        return new BundleHealth(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                state(bundle.getState()), bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null);
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "ACTIVE";
        };
    }
}
