package org.onestop.platform.internal.module;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.onestop.api.module.ServiceModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.DTOConstants;
import org.osgi.service.jakartars.runtime.dto.FailedResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;

/**
 * Whether routes serve: the REST whiteboard lists every resource component of a bundle (as Declarative Services
 * reports them) in the gateway's application, and the whiteboard has made no change for {@link #QUIET} (it rebuilds
 * the application after a change, and a route answers from the new one only once that is done).
 */
@Component(service = RouteReadiness.class)
public final class RouteReadiness {

    static final Duration QUIET = Duration.ofMillis(300);

    private final BundleContext context;
    private final JakartarsServiceRuntime runtime;
    private final ServiceReference<JakartarsServiceRuntime> reference;
    private final ServiceComponentRuntime components;
    private long lastCount = -1;
    private long sameSince;

    @Activate
    public RouteReadiness(BundleContext context, @Reference JakartarsServiceRuntime runtime,
            @Reference(service = JakartarsServiceRuntime.class) ServiceReference<JakartarsServiceRuntime> reference,
            @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.runtime = runtime;
        this.reference = reference;
        this.components = components;
    }

    /**
     * The gateway's resources that do not serve yet, in words for the log; empty when every resource component of
     * the active bundles is in the gateway's application and the whiteboard is quiet. A resource component that
     * waits for a service is not serving yet, nor is one whose service the application does not list (or lists as
     * waiting for its extensions or the application); one waiting for its configuration, disabled, failed to
     * activate, or refused by the whiteboard for good (shadowed, invalid) is not waited for.
     */
    public synchronized List<String> unserved() {
        return unserved(new Bundle[0]);
    }

    /** {@link #unserved()} of {@code bundles} only (none given: of every active bundle). */
    private List<String> unserved(Bundle... bundles) {
        if (!quiet()) {
            return List.of("the REST whiteboard is rebuilding the application");
        }
        RuntimeDTO dto = runtime.getRuntimeDTO();
        Set<Long> settled = Stream.concat(listed(dto).map(r -> r.serviceId), refused(dto))
                .collect(Collectors.toSet());
        Map<Long, List<Long>> registered = resourceServices();
        List<String> waiting = new ArrayList<>();
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundles)) {
            if (!isResource(description) || !components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO c : components.getComponentConfigurationDTOs(description)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    waiting.add(description.name + " waits for " + Arrays.stream(c.unsatisfiedReferences)
                            .map(r -> r.name).toList());
                } else if ((c.state == ComponentConfigurationDTO.SATISFIED
                        || c.state == ComponentConfigurationDTO.ACTIVE)
                        && !settled.containsAll(registered.getOrDefault(c.id, List.of(-1L)))) {
                    waiting.add(description.name + " is not in the application yet");
                }
            }
        }
        return waiting;
    }

    /** The registered resource services by the id of the component configuration that registered them. */
    private Map<Long, List<Long>> resourceServices() {
        try {
            ServiceReference<?>[] found = context.getAllServiceReferences(null, "(osgi.jakartars.resource=true)");
            return found == null ? Map.of() : Arrays.stream(found).filter(r -> r.getProperty("component.id") != null)
                    .collect(Collectors.groupingBy(r -> ((Number) r.getProperty("component.id")).longValue(),
                            Collectors.mapping(r -> (Long) r.getProperty(Constants.SERVICE_ID),
                                    Collectors.toList())));
        } catch (InvalidSyntaxException e) {
            return Map.of();
        }
    }

    /** A component that declares itself a resource of the gateway's application. */
    private static boolean isResource(ComponentDescriptionDTO description) {
        Object resource = description.properties.get("osgi.jakartars.resource");
        return (Boolean.TRUE.equals(resource) || "true".equals(resource))
                && ServiceModule.APPLICATION_SELECT.equals(description.properties.get(
                        "osgi.jakartars.application.select"));
    }

    /** Resources the whiteboard refused for good: not for a missing extension or application, which may come. */
    private static Stream<Long> refused(RuntimeDTO dto) {
        FailedResourceDTO[] failed = dto.failedResourceDTOs;
        return failed == null ? Stream.empty() : Arrays.stream(failed)
                .filter(f -> f.failureReason != DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE
                        && f.failureReason != DTOConstants.FAILURE_REASON_REQUIRED_APPLICATION_UNAVAILABLE)
                .map(f -> f.serviceId);
    }

    /**
     * Whether every resource of {@code bundle} is in the gateway's application (as {@link #unserved()} counts them),
     * at least one is listed, and the whiteboard is quiet.
     */
    public synchronized boolean serving(Bundle bundle) {
        return unserved(bundle).isEmpty() && listed().anyMatch(resource -> providedBy(resource.serviceId, bundle));
    }

    /** The services of {@code bundle}'s resources that the gateway's application lists now. */
    public Set<Long> resourcesOf(Bundle bundle) {
        return listed().map(resource -> resource.serviceId).filter(id -> providedBy(id, bundle))
                .collect(Collectors.toSet());
    }

    /**
     * Whether none of {@code resources} (services of a stopped bundle) is in the gateway's application any more and
     * the whiteboard is quiet: the application that still routed to them has been replaced.
     */
    public synchronized boolean withdrawn(Set<Long> resources) {
        return quiet() && listed().noneMatch(resource -> resources.contains(resource.serviceId));
    }

    /** Whether the whiteboard has made no change for {@link #QUIET}. */
    private boolean quiet() {
        long count = changeCount();
        long now = System.nanoTime();
        if (count != lastCount) {
            lastCount = count;
            sameSince = now;
            return false;
        }
        return now - sameSince >= QUIET.toNanos();
    }

    private Stream<ResourceDTO> listed() {
        return listed(runtime.getRuntimeDTO());
    }

    private static Stream<ResourceDTO> listed(RuntimeDTO dto) {
        ApplicationDTO[] applications = dto.applicationDTOs;
        if (applications == null) {
            return Stream.empty();
        }
        return Arrays.stream(applications).filter(a -> ServiceModule.APPLICATION.equals(a.name))
                .flatMap(a -> a.resourceDTOs == null ? Stream.<ResourceDTO>empty() : Arrays.stream(a.resourceDTOs));
    }

    private boolean providedBy(long serviceId, Bundle bundle) {
        try {
            ServiceReference<?>[] found = context.getAllServiceReferences(null,
                    "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
            return found != null && found.length > 0 && found[0].getBundle() != null
                    && found[0].getBundle().getBundleId() == bundle.getBundleId();
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    private long changeCount() {
        Object count = reference.getProperty("service.changecount");
        return count instanceof Number n ? n.longValue() : -1;
    }
}
