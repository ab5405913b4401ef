package org.onestop.platform.internal.account;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.platform.internal.identity.StaffAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Staff accounts as JSON, for operators: {@code GET /api/ops/accounts}, {@code POST /api/ops/accounts}
 * ({@code email}, {@code displayName}, {@code roles}, {@code language}), {@code GET /api/ops/accounts/{id}},
 * {@code PUT /api/ops/accounts/{id}/roles} (a list of role codes), {@code PUT /api/ops/accounts/{id}/active}
 * ({@code true} or {@code false}).
 */
@Component(service = StaffAccountsApi.class, immediate = true)
@ModuleResource
@Path("api/ops/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class StaffAccountsApi {

    /** A new staff member. */
    public record NewStaff(String email, String displayName, List<String> roles, String language) {
    }

    private final StaffAccounts staff;

    @Activate
    public StaffAccountsApi(@Reference StaffAccounts staff) {
        this.staff = staff;
    }

    @GET
    public List<Map<String, Object>> list() throws SQLException {
        return staff.staff().stream().map(StaffPages::row).toList();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> one(@PathParam("id") long id) throws SQLException {
        return StaffPages.row(staff.find(id).orElseThrow(NotFoundException::new));
    }

    @POST
    public Response create(NewStaff body, @Context Caller caller) throws SQLException {
        if (body == null) {
            throw new Refusal(400, "identity.form.empty");
        }
        long id = staff.create(caller, body.email(), body.displayName(), StaffPages.roles(body.roles()),
                "en".equals(body.language()) ? Language.EN : Language.ZH_CN);
        return Response.status(201).header("Location", "/api/ops/accounts/" + id)
                .entity(StaffPages.row(staff.find(id).orElseThrow())).build();
    }

    @PUT
    @Path("{id}/roles")
    public Map<String, Object> roles(@PathParam("id") long id, List<String> roles, @Context Caller caller)
            throws SQLException {
        staff.changeRoles(caller, id, StaffPages.roles(roles));
        return one(id);
    }

    @PUT
    @Path("{id}/active")
    public Map<String, Object> active(@PathParam("id") long id, Boolean active, @Context Caller caller)
            throws SQLException {
        if (active == null) {
            throw new Refusal(400, "identity.form.empty");
        }
        staff.setActive(caller, id, active);
        return one(id);
    }
}
