package org.onestop.console.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Tells when a changed bundle runs, so that the console answers an act once its outcome shows: the bundle is
 * active and none of its components waits for a service (as Declarative Services reports them). The REST runtime
 * serves its routes a moment later.
 */
@Component(service = BundleSettling.class, immediate = true)
public final class BundleSettling {

    private final BundleContext context;
    private final ServiceComponentRuntime components;

    @Activate
    public BundleSettling(BundleContext context, @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.components = components;
    }

    /**
     * Whether {@code bundle} runs with every component it declares up: a component waiting for a configuration
     * counts as up, one waiting for a service it needs does not.
     */
    boolean running(Bundle bundle) {
        return waitingFor(bundle).isEmpty();
    }

    /** What {@code bundle} still waits for before it runs, in words for the log; empty when it runs. */
    String waitingFor(Bundle bundle) {
        if (bundle.getState() != Bundle.ACTIVE) {
            return "the bundle is " + BundleBoard.state(bundle.getState());
        }
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO c : components.getComponentConfigurationDTOs(description)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    return "component " + description.name + " waits for "
                            + Arrays.stream(c.unsatisfiedReferences).map(r -> r.name + " " + r.target).toList();
                }
            }
        }
        return "";
    }

    /** Waits, at most {@code limit}, for {@code condition}, looking again at every bundle event; answers it. */
    boolean await(BooleanSupplier condition, Duration limit) {
        Semaphore changed = new Semaphore(0);
        BundleListener listener = event -> changed.release();
        context.addBundleListener(listener);
        try {
            long end = System.nanoTime() + limit.toNanos();
            while (!condition.getAsBoolean()) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // a state reached without an event of its own (a component's start) is seen at the next look
                changed.tryAcquire(Math.min(left, TimeUnit.MILLISECONDS.toNanos(250)), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return condition.getAsBoolean();
        } finally {
            context.removeBundleListener(listener);
        }
    }
}
