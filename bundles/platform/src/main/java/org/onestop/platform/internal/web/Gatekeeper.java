package org.onestop.platform.internal.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;

import org.glassfish.jersey.server.ContainerRequest;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.ServiceModule;
import org.onestop.platform.internal.identity.SignIn;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The first step of every request: notes who is visiting ({@link Visit}) and refuses state-changing requests
 * that a browser could have been tricked into sending (CSRF). Such a request must carry the visitor's token, in
 * the header {@value #CSRF_HEADER} (scripts) or the form field {@value #CSRF_FIELD} (forms), unless it is an
 * anonymous JSON call, which browsers cannot send across sites. A request whose {@code Origin} is another site is
 * refused too. A form body is read here for its token, and kept in memory: one over {@value #FORM_LIMIT_KB} KB is
 * refused (413) without being kept.
 *
 * <p>Every resource waits for it ({@link ModuleResource#GATE}), so no request reaches a resource unchecked, also in
 * the first applications the REST runtime builds at start. It is there without the database too (the health report
 * and the home page answer then): sessions are not known and a state-changing request is answered 503.
 */
@Component(service = ContainerRequestFilter.class, immediate = true)
@JakartarsExtension
@JakartarsName(ModuleResource.GATE)
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class Gatekeeper implements ContainerRequestFilter {

    /** Refuses only while the shaping that writes a {@link Failure} is there (never a 500 at start). */
    @Reference(target = ModuleResource.SHAPER_SELECT)
    private ContainerResponseFilter shaping;

    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    /** The largest form body ({@code application/x-www-form-urlencoded}) read, in KB; a larger one is 413. */
    static final int FORM_LIMIT_KB = 1024;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * Sessions and tokens, while the database is open: taken and dropped without the gate leaving the application
     * (which would take every resource with it).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SignIn signIn;

    @Activate
    public Gatekeeper() {
        // the references above are all it needs
    }

    @Override
    public void filter(ContainerRequestContext request) {
        SignIn current = signIn;
        HttpServletRequest servletRequest = ServletRequests.of(request);
        String peer = servletRequest == null ? "" : servletRequest.getRemoteAddr();
        Visit visit = new Visit(current, clientAddress(current, request, peer), secure(current, request, peer),
                cookie(request, Visit.SESSION_COOKIE), cookie(request, Visit.ANONYMOUS_COOKIE));
        request.setProperty(Visit.PROPERTY, visit);
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        if (current == null) {
            // no database: nothing could be stored, and no token checked
            request.abortWith(Response.status(503).entity(new Failure(503, null, null)).build());
            return;
        }
        if (!sameOrigin(request)) {
            request.abortWith(refusal("error.csrf.origin"));
            return;
        }
        MediaType type = request.getMediaType();
        boolean json = type != null && type.getSubtype().endsWith("json");
        boolean anonymousJson = json && visit.sessionCookie() == null;
        String token;
        try {
            token = token(request, type);
        } catch (FormTooLarge e) {
            request.abortWith(Response.status(413).entity(Failure.of(413, "error.form.tooLarge", FORM_LIMIT_KB))
                    .build());
            return;
        }
        if (!anonymousJson && !visit.acceptsCsrf(token)) {
            request.abortWith(refusal("error.csrf.token"));
        }
    }

    private static Response refusal(String key) {
        return Response.status(403).entity(Failure.of(403, key)).build();
    }

    private static String token(ContainerRequestContext request, MediaType type) throws FormTooLarge {
        ContainerRequest form = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                && request instanceof ContainerRequest jersey ? jersey : null;
        if (form != null) {
            // a form is read whole into memory (here for its token, or by the resource): only as much as one needs
            if (request.getLength() > FORM_LIMIT_KB * 1024L) {
                throw new FormTooLarge();
            }
            form.setEntityStream(new BoundedForm(form.getEntityStream()));
        }
        String header = request.getHeaderString(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        if (form != null) {
            try {
                form.bufferEntity();
            } catch (jakarta.ws.rs.ProcessingException e) {
                if (e.getCause() instanceof FormTooLarge tooLarge) {
                    throw tooLarge;
                }
                throw e;
            }
            return form.readEntity(Form.class).asMap().getFirst(CSRF_FIELD);
        }
        return request.getUriInfo().getQueryParameters().getFirst(CSRF_FIELD);
    }

    /** A form body larger than {@value #FORM_LIMIT_KB} KB. */
    static final class FormTooLarge extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        FormTooLarge() {
            super("form body over " + FORM_LIMIT_KB + " KB", null);
        }
    }

    /** A form's body that fails once it is longer than {@value #FORM_LIMIT_KB} KB (a form sent in chunks). */
    private static final class BoundedForm extends java.io.FilterInputStream {
        private long left = FORM_LIMIT_KB * 1024L;

        BoundedForm(java.io.InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws FormTooLarge {
            left -= n;
            if (left < 0) {
                throw new FormTooLarge();
            }
        }
    }

    /** No {@code Origin} (same-site navigation, non-browser clients), or the one of this site. */
    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeaderString(HttpHeaders.HOST);
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String cookie(ContainerRequestContext request, String name) {
        String value = RequestCookies.value(request, name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The peer's address, or the first address of {@code X-Forwarded-For} when the peer is a trusted proxy. */
    private static String clientAddress(SignIn signIn, ContainerRequestContext request, String peer) {
        String forwarded = request.getHeaderString("X-Forwarded-For");
        if (forwarded != null && trusted(signIn, peer)) {
            return forwarded.split(",")[0].trim();
        }
        return peer;
    }

    private static boolean secure(SignIn signIn, ContainerRequestContext request, String peer) {
        String proto = request.getHeaderString("X-Forwarded-Proto");
        if (proto != null && trusted(signIn, peer)) {
            return "https".equalsIgnoreCase(proto.trim());
        }
        return "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
    }

    /** Whether {@code peer} is a proxy the identity settings trust (none is known without them). */
    private static boolean trusted(SignIn signIn, String peer) {
        return signIn != null && Arrays.stream(signIn.config().trusted_proxies().split(",")).map(String::trim)
                .anyMatch(p -> !p.isEmpty() && p.equals(peer));
    }
}
