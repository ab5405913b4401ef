package org.onestop.platform.internal.web;

import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.onestop.api.module.ServiceModule;
import org.onestop.platform.internal.module.ModuleSwaps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Tells {@link ModuleSwaps} when a request the {@link SwapGate} counted has its answer written, or has failed: the
 * very end of the request (after every filter, the page's rendering and the body's writing), so that a stopping
 * module waits for all of it.
 */
@Component(service = Feature.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class SwapDrain implements Feature {

    private final ModuleSwaps swaps;

    @Activate
    public SwapDrain(@Reference ModuleSwaps swaps) {
        this.swaps = swaps;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new Finished());
        return true;
    }

    /** Listens to the end of each request. */
    private final class Finished implements ApplicationEventListener {

        private final RequestEventListener onFinish = event -> {
            if (event.getType() == RequestEvent.Type.FINISHED
                    && event.getContainerRequest().getProperty(SwapGate.ENTERED) instanceof String module) {
                event.getContainerRequest().removeProperty(SwapGate.ENTERED);
                swaps.leave(module);
            }
        };

        @Override
        public void onEvent(ApplicationEvent event) {
            // the application's own life: nothing to count
        }

        @Override
        public RequestEventListener onRequest(RequestEvent start) {
            return onFinish;
        }
    }
}
