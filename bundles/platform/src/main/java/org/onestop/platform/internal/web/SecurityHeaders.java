package org.onestop.platform.internal.web;

import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;

/**
 * The security headers that depend on the visitor (those of every answer are {@link StandingHeaders}'): HSTS over
 * HTTPS; pages of signed-in visitors are not stored by caches. Also sets the anonymous visitor cookie a CSRF token
 * was bound to.
 */
@Component(service = ContainerResponseFilter.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@Priority(100)
public final class SecurityHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Visit visit = Visit.of(request);
        if (visit == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (visit.secure()) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
        if (visit.sessionCookie() != null) {
            MediaType type = response.getMediaType();
            if (type != null && !request.getUriInfo().getPath().startsWith("static")) {
                headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        }
        String visitor = visit.newVisitorCookie();
        if (visitor != null) {
            headers.add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(Visit.ANONYMOUS_COOKIE).value(visitor)
                    .path("/").httpOnly(true).secure(visit.secure()).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
