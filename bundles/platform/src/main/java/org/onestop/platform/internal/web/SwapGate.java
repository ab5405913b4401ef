package org.onestop.platform.internal.web;

import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.ServiceModule;
import org.onestop.platform.internal.module.ModuleSwaps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Keeps requests away from a module while it is being swapped ({@link ModuleSwaps}): they are answered 503 with
 * {@code Retry-After} ("this service is being updated, try again in a moment") before any route is matched, so none
 * reaches a bundle that is stopping or half started; a module leaving for good answers "not available" (404) while
 * its routes are withdrawn, as it does afterwards. The requests it lets through are counted until their answer is
 * written ({@link SwapDrain}), so a stopping module can wait for its last answers.
 */
@Component(service = ContainerRequestFilter.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@PreMatching
public final class SwapGate implements ContainerRequestFilter {

    /** Refuses only while the shaping that writes a {@link Failure} is there (never a 500 at start). */
    @Reference(target = ModuleResource.SHAPER_SELECT)
    private ContainerResponseFilter shaping;

    /** Seconds a client is told to wait before it tries a swapping module again. */
    static final int RETRY_AFTER = 2;
    /** The request property naming the module a request let through was counted for, until {@link SwapDrain}. */
    static final String ENTERED = "onestop.swap.module";

    private final ModuleSwaps swaps;

    @Activate
    public SwapGate(@Reference ModuleSwaps swaps) {
        this.swaps = swaps;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String module = Paths.moduleOf(request.getUriInfo().getPath());
        if (module.isEmpty()) {
            return;
        }
        ModuleSwaps.Entry entry = swaps.enter(module);
        if (entry == ModuleSwaps.Entry.SWAPPING) {
            request.abortWith(Response.status(503).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                    .entity(Failure.of(503, "error.swapping", RETRY_AFTER)).build());
        } else if (entry == ModuleSwaps.Entry.DEPARTING) {
            request.abortWith(Response.status(404).entity(new Failure(404, null, null)).build());
        } else if (entry == ModuleSwaps.Entry.COUNTED) {
            request.setProperty(ENTERED, module);
        }
    }
}
