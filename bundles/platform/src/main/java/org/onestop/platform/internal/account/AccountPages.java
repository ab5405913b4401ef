package org.onestop.platform.internal.account;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.view.LocalPath;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.onestop.platform.internal.identity.Agreements;
import org.onestop.platform.internal.identity.Enrolment;
import org.onestop.platform.internal.identity.SignIn;
import org.onestop.platform.internal.identity.SignedIn;
import org.onestop.platform.internal.web.Visit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pages of signing in and joining: login, logout, registration, email confirmation, forgotten password and
 * password reset (also the page where new staff set their first password). Links from mails open a page with a
 * button, so that mail scanners opening links change nothing.
 */
@Component(service = AccountPages.class, immediate = true)
@ModuleResource
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class AccountPages {

    private static final java.util.Set<String> NOTICES = java.util.Set.of("loggedOut", "confirmed", "passwordSet",
            "passwordChanged", "sessionEnded");
    private final SignIn signIn;
    private final Enrolment enrolment;
    private final Agreements agreements;
    private final Messages messages;

    @Activate
    public AccountPages(@Reference SignIn signIn, @Reference Enrolment enrolment, @Reference Agreements agreements,
            @Reference Messages messages) {
        this.signIn = signIn;
        this.enrolment = enrolment;
        this.agreements = agreements;
        this.messages = messages;
    }

    @GET
    @Path("login")
    public Response loginForm(@QueryParam("next") String next, @QueryParam("notice") String notice,
            @Context ContainerRequestContext request) {
        Optional<SignedIn> session = Visit.of(request).session();
        if (session.isPresent()) {
            return Response.seeOther(URI.create(landing(session.get(), next))).build();
        }
        return Response.ok(FormView.of("account/login", Map.of("next", FormView.shown(next), "email", "",
                "notice", notice(notice)))).build();
    }

    @POST
    @Path("login")
    public Response login(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("next") String next, @Context ContainerRequestContext request, @Context Language language)
            throws SQLException {
        Visit visit = Visit.of(request);
        try {
            SignedIn session = signIn.login(email, password, visit.sessionCookie(), visit.client());
            return Response.seeOther(URI.create(landing(session, next)))
                    .cookie(visit.sessionCookie(session.sessionId(), signIn.config().cookie_secure()),
                            visit.endedVisitorCookie()).build();
        } catch (Refusal refusal) {
            return FormView.refused("account/login", refusal, messages, language,
                    Map.of("next", FormView.shown(next), "email", FormView.shown(email), "notice", ""));
        }
    }

    @POST
    @Path("logout")
    @Access(Audience.SIGNED_IN)
    public Response logout(@Context ContainerRequestContext request) throws SQLException {
        Visit visit = Visit.of(request);
        Optional<SignedIn> session = visit.session();
        if (session.isPresent()) {
            signIn.logout(session.get(), visit.caller());
        }
        return Response.seeOther(URI.create("/login?notice=loggedOut")).cookie(visit.endedSessionCookie()).build();
    }

    @GET
    @Path("register")
    public View registerForm() {
        return FormView.of("account/register", consentModel(Map.of("email", "", "displayName", "", "mobile", "")));
    }

    /**
     * Registers an innovator. The form's check box {@code consent} agrees to the user agreement and the privacy
     * notice in the versions the page showed (hidden fields {@code termsVersion}, {@code privacyVersion}).
     */
    @POST
    @Path("register")
    public Response register(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("displayName") String displayName, @FormParam("mobile") String mobile,
            @FormParam("consent") String consent, @FormParam("termsVersion") String termsVersion,
            @FormParam("privacyVersion") String privacyVersion, @Context ContainerRequestContext request,
            @Context Language language) throws SQLException {
        boolean agreed = "yes".equals(consent);
        try {
            enrolment.register(new Enrolment.Registration(email, password, displayName, mobile, language,
                    agreed ? termsVersion : null, agreed ? privacyVersion : null), Visit.of(request).client());
            return Response.ok(View.of("account/message", "heading", "identity.register.sentTitle",
                    "message", "identity.register.sent", "argument", FormView.shown(email).trim())).build();
        } catch (Refusal refusal) {
            return FormView.refused("account/register", refusal, messages, language, consentModel(Map.of("email",
                    FormView.shown(email), "displayName", FormView.shown(displayName), "mobile",
                    FormView.shown(mobile))));
        }
    }

    /** {@code values} with the current versions of the texts the registration form asks consent to. */
    private Map<String, Object> consentModel(Map<String, String> values) {
        Map<String, Object> model = new java.util.HashMap<>(values);
        model.put("termsVersion", agreements.version(Agreements.Kind.TERMS).orElse(""));
        model.put("privacyVersion", agreements.version(Agreements.Kind.PRIVACY).orElse(""));
        return model;
    }

    @GET
    @Path("account/confirm")
    public View confirmForm(@QueryParam("token") String token) {
        return FormView.of("account/confirm", Map.of("token", FormView.shown(token)));
    }

    @POST
    @Path("account/confirm")
    public Response confirm(@FormParam("token") String token, @Context ContainerRequestContext request,
            @Context Language language) throws SQLException {
        try {
            enrolment.confirm(token, Visit.of(request).client());
            return Response.seeOther(URI.create("/login?notice=confirmed")).build();
        } catch (Refusal refusal) {
            return FormView.refused("account/confirm", refusal, messages, language, Map.of("token", ""));
        }
    }

    @GET
    @Path("account/resend")
    public View resendForm() {
        return FormView.of("account/resend", Map.of("email", ""));
    }

    @POST
    @Path("account/resend")
    public Response resend(@FormParam("email") String email, @Context ContainerRequestContext request,
            @Context Language language) throws SQLException {
        try {
            enrolment.resendConfirmation(email, Visit.of(request).client());
            return Response.ok(View.of("account/message", "heading", "identity.resend.title",
                    "message", "identity.resend.sent", "argument", FormView.shown(email).trim())).build();
        } catch (Refusal refusal) {
            return FormView.refused("account/resend", refusal, messages, language,
                    Map.of("email", FormView.shown(email)));
        }
    }

    @GET
    @Path("account/forgot")
    public View forgotForm() {
        return FormView.of("account/forgot", Map.of("email", ""));
    }

    @POST
    @Path("account/forgot")
    public Response forgot(@FormParam("email") String email, @Context ContainerRequestContext request,
            @Context Language language) throws SQLException {
        try {
            enrolment.requestReset(email, Visit.of(request).client());
            return Response.ok(View.of("account/message", "heading", "identity.forgot.title",
                    "message", "identity.forgot.sent", "argument", FormView.shown(email).trim())).build();
        } catch (Refusal refusal) {
            return FormView.refused("account/forgot", refusal, messages, language,
                    Map.of("email", FormView.shown(email)));
        }
    }

    @GET
    @Path("account/reset")
    public Response resetForm(@QueryParam("token") String token, @Context Language language) throws SQLException {
        if (!enrolment.resetLinkLive(token)) {
            return FormView.refused("account/reset", new Refusal(410, "identity.link.invalid"), messages, language,
                    Map.of("token", "", "live", false));
        }
        return Response.ok(FormView.of("account/reset", Map.of("token", token, "live", true))).build();
    }

    @POST
    @Path("account/reset")
    public Response reset(@FormParam("token") String token, @FormParam("password") String password,
            @Context ContainerRequestContext request, @Context Language language) throws SQLException {
        try {
            enrolment.reset(token, password, Visit.of(request).client());
            return Response.seeOther(URI.create("/login?notice=passwordSet")).build();
        } catch (Refusal refusal) {
            boolean live = refusal.status() != 410;
            return FormView.refused("account/reset", refusal, messages, language,
                    Map.of("token", live ? FormView.shown(token) : "", "live", live));
        }
    }

    /**
     * Where a login goes: {@code next} if it is a path of this site, else the account's home: an innovator's
     * requests (with what is expected of them next), the operator console for operators who work no queue, the
     * workbench for other staff.
     */
    static String landing(SignedIn session, String next) {
        if (session.account().mustChangePassword()) {
            return "/account/password";
        }
        String local = LocalPath.orHome(next);
        if (!"/".equals(local) || "/".equals(next)) {
            return local;
        }
        if (session.account().kind() != AccountKind.STAFF) {
            return "/requests";
        }
        return Set.of(Role.OPERATOR).equals(session.account().roles()) ? "/ops" : "/staff";
    }

    /** The message key of a notice named in the query (after logout, confirmation…), or empty. */
    private static String notice(String notice) {
        return notice != null && NOTICES.contains(notice) ? "identity.notice." + notice : "";
    }
}
