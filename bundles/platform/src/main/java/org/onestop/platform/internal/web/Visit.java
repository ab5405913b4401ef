package org.onestop.platform.internal.web;

import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.identity.Caller;
import org.onestop.platform.internal.identity.Account;
import org.onestop.platform.internal.identity.Secrets;
import org.onestop.platform.internal.identity.SignIn;
import org.onestop.platform.internal.identity.SignedIn;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.NewCookie;

/**
 * What the gateway knows about the browser or client behind one request: its address, whether it came by HTTPS,
 * its session (looked up in the database only when somebody asks), and its CSRF token. Kept as a request
 * property from the first filter on.
 */
public final class Visit {

    static final String PROPERTY = "onestop.visit";
    public static final String SESSION_COOKIE = "onestop_session";
    static final String ANONYMOUS_COOKIE = "onestop_visitor";

    /** Sessions and tokens; null while the database is not open (no session is known, no token made). */
    private final SignIn signIn;
    private final String client;
    private final boolean secure;
    private final String sessionCookie;
    private String visitorCookie;
    private boolean visitorCookieIsNew;
    private Optional<SignedIn> session;

    Visit(SignIn signIn, String client, boolean secure, String sessionCookie, String visitorCookie) {
        this.signIn = signIn;
        this.client = client;
        this.secure = secure;
        this.sessionCookie = sessionCookie;
        this.visitorCookie = visitorCookie;
    }

    public static Visit of(ContainerRequestContext request) {
        return (Visit) request.getProperty(PROPERTY);
    }

    public String client() {
        return client;
    }

    public boolean secure() {
        return secure;
    }

    public String sessionCookie() {
        return sessionCookie;
    }

    /** The live session of the request's cookie, if any. */
    public synchronized Optional<SignedIn> session() {
        if (session == null) {
            try {
                session = sessionCookie == null || signIn == null ? Optional.empty() : signIn.find(sessionCookie);
            } catch (SQLException e) {
                throw new IllegalStateException("Sessions cannot be read: " + e.getMessage(), e);
            }
        }
        return session;
    }

    public Caller caller() {
        return session().map(s -> callerOf(s.account(), client)).orElseGet(() -> Caller.anonymous(client));
    }

    static Caller callerOf(Account a, String client) {
        return new Caller(a.id(), a.email(), a.displayName(), a.kind(), a.roles(), a.organisationId(), client);
    }

    /**
     * The CSRF token forms and scripts of this visitor send back: bound to the session cookie when there is one,
     * else to an anonymous visitor cookie (made now if the visitor has none). Empty while the database is not
     * open: nothing could be sent then.
     */
    public synchronized String csrfToken() {
        if (signIn == null) {
            return "";
        }
        if (sessionCookie != null) {
            return signIn.secrets().sign("session:" + sessionCookie);
        }
        if (visitorCookie == null) {
            visitorCookie = Secrets.newToken();
            visitorCookieIsNew = true;
        }
        return signIn.secrets().sign("visitor:" + visitorCookie);
    }

    /**
     * Whether {@code token} is a CSRF token of this visitor: with a session cookie only the session's token counts
     * (a token handed out before sign-in is no good after it), without one the anonymous visitor's.
     */
    boolean acceptsCsrf(String token) {
        if (token == null || token.isBlank() || signIn == null) {
            return false;
        }
        if (sessionCookie != null) {
            return signIn.secrets().verify("session:" + sessionCookie, token);
        }
        return visitorCookie != null && signIn.secrets().verify("visitor:" + visitorCookie, token);
    }

    /** The session cookie for a session that has just started (login, password change). */
    public NewCookie sessionCookie(String id, String securePolicy) {
        boolean onlyHttps = "always".equalsIgnoreCase(securePolicy)
                || (!"never".equalsIgnoreCase(securePolicy) && secure);
        return new NewCookie.Builder(SESSION_COOKIE).value(id).path("/").httpOnly(true).secure(onlyHttps)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /**
     * A cookie that removes the anonymous visitor cookie from the browser: set at sign-in, after which the
     * visitor's CSRF token counts no more.
     */
    public NewCookie endedVisitorCookie() {
        return new NewCookie.Builder(ANONYMOUS_COOKIE).value("").path("/").httpOnly(true).secure(secure).maxAge(0)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /** A cookie that removes the session cookie from the browser. */
    public NewCookie endedSessionCookie() {
        return new NewCookie.Builder(SESSION_COOKIE).value("").path("/").httpOnly(true).secure(secure).maxAge(0)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /** A visitor cookie made during this request, which the response must set; null otherwise. */
    synchronized String newVisitorCookie() {
        return visitorCookieIsNew ? visitorCookie : null;
    }
}
