package org.onestop.platform.internal.module;

import java.time.Duration;
import java.util.Arrays;
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
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;

/**
 * Whether a bundle's routes serve: the REST whiteboard lists a resource of the bundle in the gateway's application,
 * and the whiteboard has made no change for {@link #QUIET} (it rebuilds the application after a change, and a
 * route answers from the new one only once that is done).
 */
@Component(service = RouteReadiness.class)
public final class RouteReadiness {

    static final Duration QUIET = Duration.ofMillis(300);

    private final BundleContext context;
    private final JakartarsServiceRuntime runtime;
    private final ServiceReference<JakartarsServiceRuntime> reference;
    private long lastCount = -1;
    private long sameSince;

    @Activate
    public RouteReadiness(BundleContext context, @Reference JakartarsServiceRuntime runtime,
            @Reference(service = JakartarsServiceRuntime.class) ServiceReference<JakartarsServiceRuntime> reference) {
        this.context = context;
        this.runtime = runtime;
        this.reference = reference;
    }

    /** Whether {@code bundle}'s resources are in the gateway's application and the whiteboard is quiet. */
    public synchronized boolean serving(Bundle bundle) {
        return quiet() && listed().anyMatch(resource -> providedBy(resource.serviceId, bundle));
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
        ApplicationDTO[] applications = runtime.getRuntimeDTO().applicationDTOs;
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
