package org.onestop.platform.internal.web;

import org.onestop.api.module.ServiceModule;
import org.onestop.platform.internal.audit.RefusalRecords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Notes every refused request, 401 or 403 (outside the route's audience, no or a wrong CSRF token, a request from
 * another site, a step the caller may not take), for the audit trail ({@link RefusalRecords}): who (or which
 * client), which route, and the reason's message key, from the answer's {@link Failure} (kept as a request property
 * once {@link ResponseShaper} has shaped it: the whiteboard orders filters by service ranking, not by priority).
 * Wrong passwords are not noted here: the sign-in records them itself.
 */
@Component(service = ContainerResponseFilter.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class RefusalWatch implements ContainerResponseFilter {

    private final RefusalRecords records;

    @Activate
    public RefusalWatch(@Reference RefusalRecords records) {
        this.records = records;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        Failure failure = response.getEntity() instanceof Failure f ? f
                : request.getProperty(Failure.PROPERTY) instanceof Failure f ? f : null;
        if ((status != 401 && status != 403) || failure == null) {
            return;
        }
        String reason = failure.detailKey() == null ? "error." + status + ".detail" : failure.detailKey();
        if (reason.startsWith("identity.login.")) {
            return;
        }
        Visit visit = Visit.of(request);
        String client = visit == null ? "" : visit.client();
        String route = request.getMethod() + " /" + request.getUriInfo().getPath();
        records.refused(client, () -> visit == null ? "anonymous" : visit.caller().actor(), route,
                status + " " + reason);
    }
}
