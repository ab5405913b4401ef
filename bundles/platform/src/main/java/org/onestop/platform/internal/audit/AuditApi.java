package org.onestop.platform.internal.audit;

import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The audit trail as JSON for operators: {@code GET /api/ops/audit?actor=&action=&from=&to=&page=&size=} (newest
 * first: {@code {"total", "page", "size", "items": [...]}}) and {@code GET /api/ops/audit/verification}.
 */
@Component(service = AuditApi.class, immediate = true)
@ModuleResource
@Path("api/ops/audit")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class AuditApi {

    private final TrailSearch search;
    private final ChainCheck check;
    private final Messages messages;

    @Activate
    public AuditApi(@Reference TrailSearch search, @Reference ChainCheck check, @Reference Messages messages) {
        this.search = search;
        this.check = check;
        this.messages = messages;
    }

    @GET
    public AuditPage entries(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context Language language) throws SQLException {
        try {
            Paging paging = BadInput.paging(page, size, 50, messages, language);
            return search.find(AuditQuery.parse(actor, action, from, to, paging, messages, language));
        } catch (BadInput e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @GET
    @Path("verification")
    public VerificationReport verification(@Context Language language) throws SQLException {
        return VerificationReport.of(check.verify(), messages, language);
    }
}
