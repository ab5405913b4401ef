package org.onestop.platform.internal.health;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.onestop.api.module.GatewayNode;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.schema.UtcColumns;
import org.onestop.platform.internal.db.Database;
import org.onestop.platform.internal.module.HallStart;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The gateway's state. UP when the database answers and every bundle is active; DEGRADED (still 200) when some
 * bundle is not; STARTING (503, with {@code Retry-After}) while the hall starts and some of its routes do not serve
 * yet ({@link HallStart}); DOWN (503) when the database does not answer. {@code GET /health}, for load balancers and anyone,
 * says only that: {@code {"status": "UP"}}. {@code GET /api/ops/health}, for operators, adds the node's name, the
 * database, the running modules, every bundle with its version and state, and which node holds each task lease.
 */
@Component(service = HealthResource.class, immediate = true)
@ModuleResource
@Path("/")
public final class HealthResource {

    private final BundleContext context;
    private final ModuleDirectory modules;
    private final HallStart start;
    /** The gateway's database, or null while it is not open. */
    private final DataSource database;
    private final String node;

    /** What anyone may know: the state alone. */
    public record Status(String status) {
    }

    /**
     * The report for operators: with the name of the node that answered and, when several nodes share the database,
     * which node holds each task run on one node at a time (empty in the load balancers' short answer).
     */
    public record Health(String status, String node, Instant startedAt, long uptimeSeconds, DatabaseHealth database,
            List<String> modules, List<BundleHealth> bundles, List<TaskLease> tasks) {
    }

    /** Who runs a task run on one node at a time ({@code here}: this node), and until when its lease holds. */
    public record TaskLease(String task, String holder, boolean here, Instant expiresAt) {
    }

    /** Whether the database answers, and what it is. */
    public record DatabaseHealth(String status, String product, String version, String error) {
    }

    /** One bundle and its state; fragments are RESOLVED when healthy. */
    public record BundleHealth(long id, String symbolicName, String version, String state, boolean fragment) {
    }

    /** Built again whenever the database comes or goes, so that the report always names the current one. */
    @Activate
    public HealthResource(BundleContext context, @Reference ModuleDirectory modules, @Reference HallStart start,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
                    target = Database.TARGET) DataSource database) {
        this.context = context;
        this.modules = modules;
        this.start = start;
        this.database = database;
        this.node = nodeName(context);
    }

    private static String nodeName(BundleContext context) {
        try {
            return GatewayNode.name(GatewayPaths.of(context).data());
        } catch (IOException e) {
            return "";
        }
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
        Health detailed = new Health(health.status(), health.node(), health.startedAt(), health.uptimeSeconds(),
                health.database(), health.modules(), health.bundles(), leases());
        return answer(health, detailed);
    }

    /** The task leases as the platform's table holds them; none when it cannot be read (the database is down). */
    private List<TaskLease> leases() {
        if (database == null) {
            return List.of();
        }
        List<TaskLease> leases = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT TASK, HOLDER, EXPIRES_AT FROM PLATFORM.TASK_LEASE ORDER BY TASK");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                leases.add(new TaskLease(rows.getString(1), rows.getString(2), rows.getString(2).equals(node),
                        UtcColumns.get(rows, 3)));
            }
        } catch (SQLException e) {
            return List.of();
        }
        return leases;
    }

    private Health report() {
        DatabaseHealth db = probe(database);
        List<BundleHealth> bundles = Arrays.stream(context.getBundles()).map(HealthResource::bundle).toList();
        boolean allActive = bundles.stream().allMatch(b -> b.fragment() ? !b.state().equals("INSTALLED")
                : b.state().equals("ACTIVE"));
        String status = !db.status().equals("UP") ? "DOWN" : !start.started() ? "STARTING"
                : allActive ? "UP" : "DEGRADED";
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return new Health(status, node, started, Duration.between(started, Instant.now()).toSeconds(), db,
                modules.running().stream().map(m -> m.descriptor().id()).toList(), bundles, List.of());
    }

    /** 503 when DOWN, and when STARTING with a second to wait; 200 otherwise; never kept by a cache. */
    private static Response answer(Health health, Object body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        boolean starting = health.status().equals("STARTING");
        Response.ResponseBuilder answer = Response.status(starting || health.status().equals("DOWN") ? 503 : 200)
                .entity(body).cacheControl(noStore);
        return (starting ? answer.header(HttpHeaders.RETRY_AFTER, 1) : answer).build();
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
