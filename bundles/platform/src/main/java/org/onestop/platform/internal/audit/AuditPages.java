package org.onestop.platform.internal.audit;

import java.sql.SQLException;
import java.util.Map;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Paging;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operators' pages of the audit trail: {@code /ops/audit} (filters, a page of entries, newest first) and
 * {@code /ops/audit/verification}. A filter that cannot be read answers 400 with the form and the reason. Dates
 * and times are the centre's, as the page shows them; who, what and to what are in the reader's words
 * ({@link AuditWords}).
 */
@Component(service = AuditPages.class, immediate = true)
@ModuleResource
@Path("ops/audit")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.OPERATOR)
public final class AuditPages {

    static final int PAGE_SIZE = 50;

    private final TrailSearch search;
    private final ChainCheck check;
    private final Messages messages;
    private final CentreZone zone;
    private final AuditWords words;

    @Activate
    public AuditPages(@Reference TrailSearch search, @Reference ChainCheck check, @Reference Messages messages,
            @Reference CentreZone zone, @Reference AuditWords words) {
        this.search = search;
        this.check = check;
        this.messages = messages;
        this.zone = zone;
        this.words = words;
    }

    @GET
    public Response entries(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @Context Language language) throws SQLException {
        Map<String, String> filter = Map.of("actor", text(actor), "action", text(action), "from", text(from),
                "to", text(to));
        try {
            Paging paging = BadInput.paging(page, null, PAGE_SIZE, messages, language);
            AuditPage result = search.find(AuditQuery.parse(actor, action, from, to, paging, zone.zone(),
                    messages, language));
            return Response.ok(View.of("ops/audit", "filter", filter, "result", result, "lines",
                    words.lines(result.items(), language))).build();
        } catch (BadInput e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(View.of("ops/audit", "filter", filter, "error", e.getMessage())).build();
        }
    }

    @GET
    @Path("verification")
    public View verification(@Context Language language) throws SQLException {
        return View.of("ops/verification", "report", VerificationReport.of(check.verify(), messages, language));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
