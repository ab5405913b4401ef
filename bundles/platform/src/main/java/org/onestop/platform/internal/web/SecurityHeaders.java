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
 * Security headers on every response: a Content-Security-Policy that allows only this site's own scripts, styles
 * and images (no inline script), no framing, no MIME sniffing, no referrer to other sites, HSTS over HTTPS; pages
 * of signed-in visitors are not stored by caches. Also sets the anonymous visitor cookie a CSRF token was bound to.
 */
@Component(service = ContainerResponseFilter.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@Priority(100)
public final class SecurityHeaders implements ContainerResponseFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", POLICY);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Cross-Origin-Opener-Policy", "same-origin");
        Visit visit = Visit.of(request);
        if (visit == null) {
            return;
        }
        if (visit.secure()) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
        MediaType type = response.getMediaType();
        if (visit.sessionCookie() != null && type != null && !request.getUriInfo().getPath().startsWith("static")) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        String visitor = visit.newVisitorCookie();
        if (visitor != null) {
            headers.add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(Visit.ANONYMOUS_COOKIE).value(visitor)
                    .path("/").httpOnly(true).secure(visit.secure()).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
