package org.onestop.metrics.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;

/**
 * Times every request of the gateway's application: {@code http.server.requests} by method, route template (see
 * {@link RouteTemplate}) and status, with histogram buckets from 5 ms to 10 s; and {@value #LATENCY}, all requests
 * together, with the 95th percentile of about the last minute for the health page. It starts the clock before any
 * other filter (also before a request is refused by one) and stops it after every other response filter, so that
 * refusals and failures mapped to 500 count with the status the caller got.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class}, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@PreMatching
@Priority(RequestMeter.PRIORITY)
public final class RequestMeter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String REQUESTS = "http.server.requests";
    static final String LATENCY = "onestop.requests.latency";
    /** Before the gate (authentication) on the way in; response filters run in reverse, so this one is last. */
    static final int PRIORITY = Priorities.AUTHENTICATION - 500;
    private static final String STARTED = RequestMeter.class.getName() + ".started";
    /**
     * The request property under which the meter of the request's series is left: the platform's public answers
     * (its {@code PublicAnswers.METER}) time an answer they give again in the same series.
     */
    static final String ANSWER_METER = "onestop.answer.meter";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final Timer latency;
    /**
     * The timer of each method, matched templates and status met so far (as many as the registry's series): found
     * again by a map look-up instead of building its name and tags anew on every request.
     */
    private final Map<Series, SeriesMeter> timers = new ConcurrentHashMap<>();

    /** One series of {@value #REQUESTS}, as Jersey describes the request. */
    private record Series(String method, List<UriTemplate> templates, int status) {
    }

    @Activate
    public RequestMeter(@Reference GatewayMeters meters) {
        this.registry = meters.registry();
        this.latency = Timer.builder(LATENCY).description("every request of the gateway, for its 95th percentile")
                .publishPercentiles(0.95).distributionStatisticExpiry(Duration.ofMinutes(1))
                .distributionStatisticBufferLength(2).register(registry);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        long nanos = System.nanoTime() - started;
        SeriesMeter meter = timers.computeIfAbsent(new Series(RouteTemplate.method(request.getMethod()),
                templates(request.getUriInfo()), response.getStatus()), this::meter);
        meter.accept(nanos);
        request.setProperty(ANSWER_METER, meter);
    }

    private SeriesMeter meter(Series series) {
        return new SeriesMeter(Timer.builder(REQUESTS).description("requests of the gateway by route template and status")
                .tag("method", series.method())
                .tag("route", RouteTemplate.of(series.templates().stream().map(UriTemplate::getTemplate).toList()))
                .tag("status", Integer.toString(series.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry), latency);
    }

    /** Records a request of one series, and in the latency of all requests. */
    private record SeriesMeter(Timer series, Timer all) implements LongConsumer {
        @Override
        public void accept(long nanos) {
            series.record(nanos, TimeUnit.NANOSECONDS);
            all.record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private static List<UriTemplate> templates(UriInfo uri) {
        List<UriTemplate> templates = uri instanceof ExtendedUriInfo jersey ? jersey.getMatchedTemplates() : null;
        return templates == null ? List.of() : List.copyOf(templates);
    }
}
