package org.onestop.console.internal.routes;

import java.util.List;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The routes the gateway serves now, for operators (and the bad-input harness, {@code bench/fuzz}): {@code GET
 * /api/ops/routes?module=} answers {@code {"total", "items": [{"module", "method", "path", "consumes", "produces",
 * "query", "form", "body"}]}}, read from the REST runtime as it is at the moment of asking. Read only.
 */
@Component(service = RoutesApi.class, immediate = true)
@ModuleResource
@Path("api/ops/routes")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class RoutesApi {

    private final RouteTable table;

    /** The routes served, in order of module, path and method. */
    public record Listing(int total, List<RouteTable.Route> items) {
    }

    @Activate
    public RoutesApi(@Reference RouteTable table) {
        this.table = table;
    }

    @GET
    public Listing list(@QueryParam("module") String module) {
        List<RouteTable.Route> routes = table.routes().stream()
                .filter(route -> module == null || module.isBlank() || route.module().equals(module)).toList();
        return new Listing(routes.size(), routes);
    }
}
