package org.onestop.platform.internal.web;

import java.time.Duration;
import java.util.Collection;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.hooks.bundle.EventHook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order of a stop (SIGTERM, Ctrl-C, or anything else that stops the framework): first the gateway stops taking
 * requests ({@link StopGate}: 503 with {@code Retry-After}), then the requests in flight get their answers (at most
 * {@link #DRAIN}), then the port closes; only then does the framework stop the bundles, the REST runtime and the
 * database (the REST whiteboard first, so that it does not assemble its application again as each module leaves).
 * The framework announces its stop (the system bundle's STOPPING event) before it stops any bundle, and waits for
 * this hook.
 */
@Component(service = EventHook.class, immediate = true)
public final class GatewayStop implements EventHook {

    /** How long the requests in flight may take before the stop goes on. */
    static final Duration DRAIN = Duration.ofSeconds(5);
    /** How long an answer still being written may take once the port is closed. */
    static final Duration LINGER = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(GatewayStop.class);

    /** The REST whiteboard (its runtime and servlet), stopped first once no request can come. */
    static final String REST_WHITEBOARD = "org.eclipse.osgitech.rest.servlet.whiteboard";

    private final BundleContext context;
    private final StopGate gate;

    @Activate
    public GatewayStop(BundleContext context, @Reference StopGate gate) {
        this.context = context;
        this.gate = gate;
    }

    @Override
    public void event(BundleEvent event, Collection<BundleContext> listeners) {
        if (event.getType() == BundleEvent.STOPPING && event.getBundle().getBundleId() == Constants.SYSTEM_BUNDLE_ID
                && !gate.closed()) {
            stopTakingRequests();
        }
    }

    void stopTakingRequests() {
        long start = System.nanoTime();
        gate.close();
        LOG.info("Stopping: new requests are answered 503; waiting for {} in flight", gate.inFlight());
        try {
            if (!gate.drain(DRAIN)) {
                LOG.warn("{} request(s) still running after {} s; stopping anyway", gate.inFlight(),
                        DRAIN.toSeconds());
            }
            gate.port().close(LINGER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("The port could not be closed before the bundles stop: {}", e.toString());
        }
        LOG.info("Stopping: requests answered and port closed after {} ms; stopping the bundles",
                (System.nanoTime() - start) / 1_000_000);
        stopRestWhiteboard();
    }

    /**
     * Stops the REST whiteboard before the modules (for this run only: it starts with the gateway next time). Else
     * it would build its application again each time a module leaves, to no use now that the port is closed, and
     * meet bundles already gone on the way.
     */
    private void stopRestWhiteboard() {
        for (Bundle bundle : context.getBundles()) {
            if (REST_WHITEBOARD.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                try {
                    bundle.stop(Bundle.STOP_TRANSIENT);
                } catch (BundleException | RuntimeException e) {
                    LOG.warn("The REST whiteboard could not be stopped before the modules: {}", e.toString());
                }
            }
        }
    }
}
