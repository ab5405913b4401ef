package org.onestop.cases.internal.casework;

import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The workbench as JSON for staff: {@code GET /api/staff/cases?view=mine|team|unassigned&module=&status=
 * &due=soon|overdue&page=} ({@code {"total", "page", "size", "items": [...]}}), {@code GET /api/staff/cases/counts}
 * and {@code GET /api/staff/cases/{tracking}} (the case as its page shows it; 404 for a case the caller may not see).
 */
@Component(service = WorkbenchApi.class, immediate = true)
@ModuleResource
@Path("api/staff/cases")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.STAFF)
public final class WorkbenchApi {

    private final Workbench workbench;
    private final CaseSheets sheets;

    @Activate
    public WorkbenchApi(@Reference Workbench workbench, @Reference CaseSheets sheets) {
        this.workbench = workbench;
        this.sheets = sheets;
    }

    @GET
    public CaseRowPage cases(@QueryParam("view") String view, @QueryParam("module") String module,
            @QueryParam("status") String status, @QueryParam("due") String due, @QueryParam("page") String page,
            @Context Caller caller, @Context Language language) throws SQLException {
        return workbench.page(view, module, status, due, page, caller, language);
    }

    @GET
    @Path("counts")
    public QueueCounts counts(@Context Caller caller) throws SQLException {
        return workbench.counts(caller);
    }

    @GET
    @Path("{tracking}")
    public CaseSheet sheet(@PathParam("tracking") String tracking, @Context Caller caller,
            @Context Language language) throws SQLException {
        return sheets.sheet(sheets.find(tracking, caller).orElseThrow(NotFoundException::new), caller, language);
    }
}
