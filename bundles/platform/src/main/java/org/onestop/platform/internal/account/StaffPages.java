package org.onestop.platform.internal.account;

import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.onestop.platform.internal.identity.Account;
import org.onestop.platform.internal.identity.StaffAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Staff pages of the platform: the operators' index ({@code /ops}) and staff accounts ({@code /ops/accounts}:
 * list, create with roles, change roles, disable). The staff home, {@code /staff}, is the workbench (casework).
 */
@Component(service = StaffPages.class, immediate = true)
@ModuleResource
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class StaffPages {

    private final StaffAccounts staff;
    private final Messages messages;

    @Activate
    public StaffPages(@Reference StaffAccounts staff, @Reference Messages messages) {
        this.staff = staff;
        this.messages = messages;
    }

    @GET
    @Path("ops")
    public View opsHome() {
        return View.of("ops/home");
    }

    @GET
    @Path("ops/accounts")
    public View accounts(@QueryParam("notice") String notice) throws SQLException {
        return FormView.of("ops/accounts", Map.of("accounts", rows(staff.staff()), "allRoles", allRoles(),
                "email", "", "displayName", "", "chosen", List.of(),
                "notice", "created".equals(notice) ? "identity.notice.staffCreated" : ""));
    }

    @POST
    @Path("ops/accounts")
    public Response create(@FormParam("email") String email, @FormParam("displayName") String displayName,
            @FormParam("role") List<String> roles, @FormParam("language") String language, @Context Caller caller,
            @Context Language current) throws SQLException {
        try {
            staff.create(caller, email, displayName, roles(roles), "en".equals(language) ? Language.EN
                    : Language.ZH_CN);
            return Response.seeOther(URI.create("/ops/accounts?notice=created")).build();
        } catch (Refusal refusal) {
            return FormView.refused("ops/accounts", refusal, messages, current, Map.of(
                    "accounts", rows(staff.staff()), "allRoles", allRoles(), "email", FormView.shown(email),
                    "displayName", FormView.shown(displayName), "chosen", roles == null ? List.of() : roles,
                    "notice", ""));
        }
    }

    @GET
    @Path("ops/accounts/{id}")
    public View account(@PathParam("id") long id, @QueryParam("notice") String notice) throws SQLException {
        Account account = staff.find(id).orElseThrow(NotFoundException::new);
        return FormView.of("ops/account", Map.of("account", row(account), "allRoles", allRoles(),
                "notice", "saved".equals(notice) ? "identity.notice.saved" : ""));
    }

    @POST
    @Path("ops/accounts/{id}")
    public Response changeRoles(@PathParam("id") long id, @FormParam("role") List<String> roles,
            @Context Caller caller, @Context Language language) throws SQLException {
        return change(id, language, () -> staff.changeRoles(caller, id, roles(roles)));
    }

    @POST
    @Path("ops/accounts/{id}/active")
    public Response setActive(@PathParam("id") long id, @FormParam("active") boolean active,
            @Context Caller caller, @Context Language language) throws SQLException {
        return change(id, language, () -> staff.setActive(caller, id, active));
    }

    /** An account change to do. */
    @FunctionalInterface
    private interface Change {
        void run() throws SQLException;
    }

    private Response change(long id, Language language, Change change) throws SQLException {
        Account account = staff.find(id).orElseThrow(NotFoundException::new);
        try {
            change.run();
            return Response.seeOther(URI.create("/ops/accounts/" + id + "?notice=saved")).build();
        } catch (Refusal refusal) {
            return FormView.refused("ops/account", refusal, messages, language,
                    Map.of("account", row(account), "allRoles", allRoles(), "notice", ""));
        }
    }

    /** The roles named in a form (by code); unknown names are ignored. */
    static Set<Role> roles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (codes != null) {
            for (String code : codes) {
                Arrays.stream(Role.values()).filter(r -> r.code().equals(code.trim().toLowerCase(Locale.ROOT)))
                        .forEach(roles::add);
            }
        }
        return roles;
    }

    private static List<String> allRoles() {
        return Arrays.stream(Role.values()).map(Role::code).toList();
    }

    private static List<String> codes(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).toList();
    }

    private static List<Map<String, Object>> rows(List<Account> accounts) {
        return accounts.stream().map(StaffPages::row).toList();
    }

    static Map<String, Object> row(Account a) {
        return Map.of("id", a.id(), "email", a.email(), "displayName", a.displayName(), "roles", codes(a.roles()),
                "active", a.active(), "passwordSet", a.passwordHash() != null);
    }
}
