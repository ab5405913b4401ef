package org.onestop.platform.internal.account;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.platform.internal.identity.Account;
import org.onestop.platform.internal.identity.Enrolment;
import org.onestop.platform.internal.identity.Organisation;
import org.onestop.platform.internal.identity.Profiles;
import org.onestop.platform.internal.identity.SignIn;
import org.onestop.platform.internal.identity.SignedIn;
import org.onestop.platform.internal.web.Visit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The account as JSON, for scripts and other clients: {@code POST /api/account/register}, {@code …/confirm},
 * {@code …/login} (sets the session cookie and answers the CSRF token to send as {@code X-CSRF-Token} with
 * every later change), {@code …/logout}, {@code GET/PUT …/me}, {@code POST …/password}, {@code POST
 * …/password-reset-requests}, {@code POST …/password-reset}, {@code GET/PUT …/organisation}.
 */
@Component(service = AccountApi.class, immediate = true)
@ModuleResource
@Path("api/account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class AccountApi {

    /**
     * Fields of the account requests; each request uses some of them. A registration names the versions of the user
     * agreement and the privacy notice the innovator consents to ({@code GET /api/legal} gives the current ones).
     */
    public record AccountRequest(String email, String password, String current, String displayName, String mobile,
            String language, String token, String termsVersion, String privacyVersion) {
    }

    /** An organisation as sent and answered. */
    public record OrganisationBody(String name, String creditCode, String address, String contactPerson,
            String contactPhone) {
    }

    private final SignIn signIn;
    private final Enrolment enrolment;
    private final Profiles profiles;

    @Activate
    public AccountApi(@Reference SignIn signIn, @Reference Enrolment enrolment, @Reference Profiles profiles) {
        this.signIn = signIn;
        this.enrolment = enrolment;
        this.profiles = profiles;
    }

    @POST
    @Path("register")
    public Response register(AccountRequest body, @Context ContainerRequestContext request,
            @Context Language language) throws SQLException {
        AccountRequest r = present(body);
        Language chosen = r.language() == null ? language : "en".equals(r.language()) ? Language.EN
                : Language.ZH_CN;
        enrolment.register(new Enrolment.Registration(r.email(), r.password(), r.displayName(), r.mobile(), chosen,
                r.termsVersion(), r.privacyVersion()), Visit.of(request).client());
        return Response.accepted(Map.of("status", "confirmation-sent")).build();
    }

    @POST
    @Path("confirm")
    public Map<String, String> confirm(AccountRequest body, @Context ContainerRequestContext request)
            throws SQLException {
        enrolment.confirm(present(body).token(), Visit.of(request).client());
        return Map.of("status", "confirmed");
    }

    @POST
    @Path("login")
    public Response login(AccountRequest body, @Context ContainerRequestContext request) throws SQLException {
        Visit visit = Visit.of(request);
        AccountRequest r = present(body);
        SignedIn session = signIn.login(r.email(), r.password(), visit.sessionCookie(), visit.client());
        return Response.ok(me(session.account(), signIn.secrets().sign("session:" + session.sessionId())))
                .cookie(visit.sessionCookie(session.sessionId(), signIn.config().cookie_secure()),
                        visit.endedVisitorCookie()).build();
    }

    @POST
    @Path("logout")
    @Access(Audience.SIGNED_IN)
    public Response logout(@Context ContainerRequestContext request) throws SQLException {
        Visit visit = Visit.of(request);
        signIn.logout(visit.session().orElseThrow(), visit.caller());
        return Response.noContent().cookie(visit.endedSessionCookie()).build();
    }

    /** The signed-in account, with the CSRF token to send and the consents it gave ({@code consents}). */
    @GET
    @Path("me")
    @Access(Audience.SIGNED_IN)
    public Map<String, Object> me(@Context ContainerRequestContext request) throws SQLException {
        Visit visit = Visit.of(request);
        Account account = visit.session().orElseThrow().account();
        Map<String, Object> me = me(account, visit.csrfToken());
        me.put("consents", enrolment.consents(account.id()));
        return me;
    }

    @PUT
    @Path("me")
    @Access(Audience.SIGNED_IN)
    public Map<String, Object> updateMe(AccountRequest body, @Context ContainerRequestContext request)
            throws SQLException {
        Visit visit = Visit.of(request);
        AccountRequest r = present(body);
        Account account = visit.session().orElseThrow().account();
        Language language = r.language() == null ? account.language()
                : "en".equals(r.language()) ? Language.EN : Language.ZH_CN;
        profiles.update(visit.caller(), r.displayName(), r.mobile(), language);
        return me(signIn.find(visit.sessionCookie()).orElseThrow().account(), visit.csrfToken());
    }

    @POST
    @Path("password")
    @Access(Audience.SIGNED_IN)
    public Response changePassword(AccountRequest body, @Context ContainerRequestContext request)
            throws SQLException {
        Visit visit = Visit.of(request);
        AccountRequest r = present(body);
        SignedIn renewed = signIn.changePassword(visit.session().orElseThrow(), visit.caller(), r.current(),
                r.password());
        return Response.ok(me(renewed.account(), signIn.secrets().sign("session:" + renewed.sessionId())))
                .cookie(visit.sessionCookie(renewed.sessionId(), signIn.config().cookie_secure())).build();
    }

    @POST
    @Path("password-reset-requests")
    public Response requestReset(AccountRequest body, @Context ContainerRequestContext request)
            throws SQLException {
        enrolment.requestReset(present(body).email(), Visit.of(request).client());
        return Response.accepted(Map.of("status", "reset-link-sent-if-registered")).build();
    }

    @POST
    @Path("password-reset")
    public Map<String, String> reset(AccountRequest body, @Context ContainerRequestContext request)
            throws SQLException {
        AccountRequest r = present(body);
        enrolment.reset(r.token(), r.password(), Visit.of(request).client());
        return Map.of("status", "password-set");
    }

    @GET
    @Path("organisation")
    @Access(Audience.INNOVATOR)
    public OrganisationBody organisation(@Context Caller caller) throws SQLException {
        Organisation o = profiles.organisationOf(caller).orElseThrow(NotFoundException::new);
        return new OrganisationBody(o.name(), o.creditCode(), o.address(), o.contactPerson(), o.contactPhone());
    }

    @PUT
    @Path("organisation")
    @Access(Audience.INNOVATOR)
    public OrganisationBody saveOrganisation(OrganisationBody body, @Context Caller caller) throws SQLException {
        if (body == null) {
            throw new Refusal(400, "identity.form.empty");
        }
        Organisation o = profiles.saveOrganisation(caller, new Profiles.OrganisationForm(body.name(),
                body.creditCode(), body.address(), body.contactPerson(), body.contactPhone()));
        return new OrganisationBody(o.name(), o.creditCode(), o.address(), o.contactPerson(), o.contactPhone());
    }

    private static AccountRequest present(AccountRequest body) {
        if (body == null) {
            throw new Refusal(400, "identity.form.empty");
        }
        return body;
    }

    private static Map<String, Object> me(Account a, String csrfToken) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("id", a.id());
        me.put("email", a.email());
        me.put("displayName", a.displayName());
        me.put("mobile", a.mobile());
        me.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        me.put("roles", a.roles().stream().map(r -> r.code()).sorted().toList());
        me.put("language", a.language().tag());
        me.put("organisationId", a.organisationId());
        me.put("mustChangePassword", a.mustChangePassword());
        me.put("csrfToken", csrfToken);
        return me;
    }
}
