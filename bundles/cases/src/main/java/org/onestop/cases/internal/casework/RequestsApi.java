package org.onestop.cases.internal.casework;

import java.sql.SQLException;
import java.util.List;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The applicant's requests as JSON: {@code GET /api/requests} (every case of mine, newest first, with what is
 * expected of me) and {@code GET /api/requests/{tracking}} (one in public terms; 404 when it is not mine).
 */
@Component(service = RequestsApi.class, immediate = true)
@ModuleResource
@Path("api/requests")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class RequestsApi {

    private final MyRequests requests;
    private final CaseSheets sheets;

    @Activate
    public RequestsApi(@Reference MyRequests requests, @Reference CaseSheets sheets) {
        this.requests = requests;
        this.sheets = sheets;
    }

    @GET
    public List<CaseRow> mine(@Context Caller caller, @Context Language language) throws SQLException {
        return requests.of(caller, language);
    }

    @GET
    @Path("{tracking}")
    public CaseSheet request(@PathParam("tracking") String tracking, @Context Caller caller,
            @Context Language language) throws SQLException {
        return sheets.sheet(sheets.find(tracking, caller).orElseThrow(NotFoundException::new), caller, language);
    }
}
