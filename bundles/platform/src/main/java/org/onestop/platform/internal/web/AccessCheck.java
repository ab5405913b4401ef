package org.onestop.platform.internal.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.platform.internal.identity.SignedIn;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

/**
 * Lets a request through to one route only if its caller is of the route's {@link Access} audience. Anonymous
 * visitors of pages go to the login page (and come back after); API callers get 401; signed-in callers without
 * the right kind or role get 403. An account that must change its one-time password reaches only the password
 * page (and logout) until it has.
 */
final class AccessCheck implements ContainerRequestFilter {

    /** Where an account with a one-time password may still go. */
    static final Set<String> DURING_PASSWORD_CHANGE = Set.of("account/password", "api/account/password", "logout",
            "api/account/logout", "api/account/me");

    private final Access access;

    AccessCheck(Access access) {
        this.access = access;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (access != null && access.value() == Audience.ANYONE) {
            return;
        }
        Visit visit = Visit.of(request);
        Caller caller = visit.caller();
        String path = strip(request.getUriInfo().getPath());
        boolean api = Paths.isApi(path);
        if (!caller.signedIn()) {
            if (access == null) {
                request.abortWith(Response.status(403).entity(Failure.of(403, "error.403.detail")).build());
            } else if (api) {
                request.abortWith(Response.status(401).entity(Failure.of(401, "error.401.detail")).build());
            } else {
                String next = Paths.withoutLanguage(request.getUriInfo().getRequestUri());
                request.abortWith(Response.seeOther(URI.create("/login?next="
                        + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8))).build());
            }
            return;
        }
        boolean mustChange = visit.session().map(SignedIn::account).map(a -> a.mustChangePassword()).orElse(false);
        if (mustChange && !DURING_PASSWORD_CHANGE.contains(path)) {
            request.abortWith(api
                    ? Response.status(403).entity(Failure.of(403, "identity.password.mustChange")).build()
                    : Response.seeOther(URI.create("/account/password")).build());
            return;
        }
        if (!admits(access, caller)) {
            request.abortWith(Response.status(403).entity(Failure.of(403, "error.403.detail")).build());
        }
    }

    /** Whether {@code caller}, signed in, belongs to the audience of {@code access} (none: nobody does). */
    static boolean admits(Access access, Caller caller) {
        if (access == null) {
            return false;
        }
        return switch (access.value()) {
            case ANYONE, SIGNED_IN -> true;
            case INNOVATOR -> caller.innovator();
            case STAFF -> caller.staff()
                    && (access.roles().length == 0 || Arrays.stream(access.roles()).anyMatch(caller::has));
        };
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
