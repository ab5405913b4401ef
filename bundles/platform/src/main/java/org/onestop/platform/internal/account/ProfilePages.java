package org.onestop.platform.internal.account;

import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.onestop.platform.internal.identity.Account;
import org.onestop.platform.internal.identity.Organisation;
import org.onestop.platform.internal.identity.Profiles;
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
 * A signed-in account's own pages: its profile ({@code /account}), its password ({@code /account/password}), and
 * (innovators) its organisation ({@code /account/organisation}). Rooted at {@code /} like {@link AccountPages},
 * whose links from mails also live under {@code /account/}.
 */
@Component(service = ProfilePages.class, immediate = true)
@ModuleResource
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.SIGNED_IN)
public final class ProfilePages {

    private final SignIn signIn;
    private final Profiles profiles;
    private final Messages messages;

    @Activate
    public ProfilePages(@Reference SignIn signIn, @Reference Profiles profiles, @Reference Messages messages) {
        this.signIn = signIn;
        this.profiles = profiles;
        this.messages = messages;
    }

    @GET
    @Path("account")
    public View profile(@QueryParam("notice") String notice, @Context ContainerRequestContext request)
            throws SQLException {
        Map<String, Object> model = profileModel(Visit.of(request));
        model.put("notice", "saved".equals(notice) ? "identity.notice.saved"
                : "passwordChanged".equals(notice) ? "identity.notice.passwordChanged" : "");
        return FormView.of("account/profile", model);
    }

    @POST
    @Path("account")
    public Response saveProfile(@FormParam("displayName") String displayName, @FormParam("mobile") String mobile,
            @FormParam("language") String language, @Context ContainerRequestContext request,
            @Context Language current) throws SQLException {
        Visit visit = Visit.of(request);
        try {
            profiles.update(visit.caller(), displayName, mobile, "en".equals(language) ? Language.EN
                    : Language.ZH_CN);
            return Response.seeOther(URI.create("/account?notice=saved")).build();
        } catch (Refusal refusal) {
            Map<String, Object> model = profileModel(visit);
            model.put("displayName", FormView.shown(displayName));
            model.put("mobile", FormView.shown(mobile));
            model.put("notice", "");
            return FormView.refused("account/profile", refusal, messages, current, model);
        }
    }

    @GET
    @Path("account/password")
    public View passwordForm(@Context ContainerRequestContext request) {
        return FormView.of("account/password", Map.of("mustChange", mustChange(Visit.of(request))));
    }

    @POST
    @Path("account/password")
    public Response changePassword(@FormParam("current") String current, @FormParam("password") String password,
            @Context ContainerRequestContext request, @Context Language language) throws SQLException {
        Visit visit = Visit.of(request);
        SignedIn session = visit.session().orElseThrow();
        try {
            SignedIn renewed = signIn.changePassword(session, visit.caller(), current, password);
            return Response.seeOther(URI.create("/account?notice=passwordChanged"))
                    .cookie(visit.sessionCookie(renewed.sessionId(), signIn.config().cookie_secure())).build();
        } catch (Refusal refusal) {
            return FormView.refused("account/password", refusal, messages, language,
                    Map.of("mustChange", mustChange(visit)));
        }
    }

    @GET
    @Path("account/organisation")
    @Access(Audience.INNOVATOR)
    public View organisation(@QueryParam("notice") String notice, @Context Caller caller,
            @Context Language language) throws SQLException {
        Optional<Organisation> organisation = profiles.organisationOf(caller);
        Map<String, Object> model = new HashMap<>();
        model.put("name", organisation.map(Organisation::name).orElse(""));
        model.put("creditCode", organisation.map(Organisation::creditCode).orElse(""));
        model.put("address", organisation.map(Organisation::address).orElse(""));
        model.put("contactPerson", organisation.map(Organisation::contactPerson).orElse(""));
        model.put("contactPhone", organisation.map(Organisation::contactPhone).map(FormView::shown).orElse(""));
        model.put("exists", organisation.isPresent());
        model.put("held", held(caller, language));
        model.put("notice", "saved".equals(notice) ? "identity.notice.organisationSaved" : "");
        return FormView.of("account/organisation", model);
    }

    @POST
    @Path("account/organisation")
    @Access(Audience.INNOVATOR)
    public Response saveOrganisation(@FormParam("name") String name, @FormParam("creditCode") String creditCode,
            @FormParam("address") String address, @FormParam("contactPerson") String contactPerson,
            @FormParam("contactPhone") String contactPhone, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            profiles.saveOrganisation(caller, new Profiles.OrganisationForm(name, creditCode, address,
                    contactPerson, contactPhone));
            return Response.seeOther(URI.create("/account/organisation?notice=saved")).build();
        } catch (Refusal refusal) {
            return FormView.refused("account/organisation", refusal, messages, language, Map.of(
                    "name", FormView.shown(name), "creditCode", FormView.shown(creditCode),
                    "address", FormView.shown(address), "contactPerson", FormView.shown(contactPerson),
                    "contactPhone", FormView.shown(contactPhone), "exists", caller.organisationId() != null,
                    "held", held(caller, language), "notice", ""));
        }
    }

    private Map<String, Object> profileModel(Visit visit) throws SQLException {
        Account account = visit.session().orElseThrow().account();
        Map<String, Object> model = new HashMap<>();
        model.put("email", account.email());
        model.put("displayName", account.displayName());
        model.put("mobile", FormView.shown(account.mobile()));
        model.put("language", account.language().tag());
        model.put("kind", account.kind().name());
        model.put("roles", account.roles().stream().map(r -> r.code()).sorted().toList());
        model.put("organisation", profiles.organisationOf(visit.caller()).map(Organisation::name).orElse(""));
        return model;
    }

    /** Why the organisation's name and code are held by a module, in {@code language}; empty when they are not. */
    private String held(Caller caller, Language language) throws SQLException {
        return profiles.identityHold(caller).map(reason -> reason.in(language)).orElse("");
    }

    private static boolean mustChange(Visit visit) {
        return visit.session().map(s -> s.account().mustChangePassword()).orElse(false);
    }
}
