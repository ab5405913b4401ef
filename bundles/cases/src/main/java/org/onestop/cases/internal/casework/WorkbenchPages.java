package org.onestop.cases.internal.casework;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
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
 * The staff workbench, {@code /staff}: tabs with the count of each queue (mine, my team's, unassigned, due soon,
 * overdue), filters by module, status and due state, and a page of the chosen queue by due date. Without a chosen
 * queue it opens the first that holds cases of mine, unassigned and my team's, and says so when that is not mine.
 * Staff without a role that works cases (operators) see their roles and the way to the operators' pages.
 */
@Component(service = WorkbenchPages.class, immediate = true)
@ModuleResource
@Path("staff")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.STAFF)
public final class WorkbenchPages {

    private final Workbench workbench;
    private final Messages messages;

    @Activate
    public WorkbenchPages(@Reference Workbench workbench, @Reference Messages messages) {
        this.workbench = workbench;
        this.messages = messages;
    }

    @GET
    public Response home(@QueryParam("view") String view, @QueryParam("module") String module,
            @QueryParam("status") String status, @QueryParam("due") String due, @QueryParam("page") String page,
            @Context Caller caller, @Context Language language) throws SQLException {
        Map<String, Object> model = new HashMap<>();
        model.put("roles", caller.roles().stream().sorted().map(Role::code).toList());
        model.put("operator", caller.has(Role.OPERATOR));
        model.put("worksCases", Workbench.worksCases(caller));
        QueueCounts counts = workbench.counts(caller);
        String queue = text(view);
        if (queue.isEmpty()) {
            QueueView first = Workbench.firstWithCases(counts);
            queue = first.code();
            model.put("opened", first == QueueView.MINE ? "" : "casework.workbench.opened." + queue);
        }
        model.put("filter", Map.of("view", queue, "module", text(module), "status", text(status), "due",
                text(due)));
        model.put("moduleChoices", workbench.modules(language));
        model.put("statusChoices", workbench.statuses(module, language));
        model.put("counts", counts);
        try {
            model.put("result", workbench.page(queue, module, status, due, page, caller, language));
            return Response.ok(new View("staff/home", model)).build();
        } catch (Refusal e) {
            model.put("error", e.text(messages, language));
            return Response.status(e.status()).entity(new View("staff/home", model)).build();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
