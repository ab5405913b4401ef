package org.onestop.metrics.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /metrics}: every figure of the gateway in the Prometheus text format. Operators signed in always read
 * it; anyone else only when {@code public.access} is true or their address is one of {@code allowed.addresses}
 * ({@link MetricsConfig}), and otherwise gets 404, as if there were no such page. The route is open to anyone as far
 * as the gateway's access rules go: the decision is this resource's, on its configuration.
 */
@Component(service = MetricsResource.class, immediate = true, configurationPid = MetricsConfig.PID)
@Designate(ocd = MetricsConfig.class)
@ModuleResource
@Path("metrics")
public final class MetricsResource {

    /** The Prometheus text format's content type. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final GatewayMeters meters;
    private volatile Readers readers;

    @Activate
    public MetricsResource(@Reference GatewayMeters meters, MetricsConfig config) {
        this.meters = meters;
        modified(config);
    }

    @Modified
    void modified(MetricsConfig config) {
        readers = Readers.of(config.public_access(), config.allowed_addresses());
    }

    @GET
    @Access(Audience.ANYONE)
    public Response scrape(@Context Caller caller) {
        if (!readers.admit(caller)) {
            throw new NotFoundException();
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(meters.scrape(), PROMETHEUS_TEXT).cacheControl(noStore).build();
    }

    /** Who may read the figures besides operators. */
    record Readers(boolean everyone, Set<String> addresses) {

        static Readers of(boolean everyone, String... addresses) {
            return new Readers(everyone, Arrays.stream(addresses).flatMap(a -> Arrays.stream(a.split(","))).map(String::strip).filter(a -> !a.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()));
        }

        boolean admit(Caller caller) {
            return everyone || caller.has(Role.OPERATOR) || addresses.contains(caller.clientAddress());
        }
    }
}
