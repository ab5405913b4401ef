package org.onestop.ticketing.internal;

import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The display board's snapshot as JSON, public: {@code GET /api/ticketing/board}, the {@link BoardSnapshot} of
 * today (the numbers being called, the last calls, the waiting numbers per service, the words spoken, {@code seq}).
 * A board reads it when it connects to {@code /api/ticketing/board/events} and applies the events after its
 * {@code seq}.
 */
@Component(service = BoardApi.class, immediate = true)
@ModuleResource
@Path("api/ticketing/board")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class BoardApi {

    private final HallBoard board;

    @Activate
    public BoardApi(@Reference HallBoard board) {
        this.board = board;
    }

    @GET
    @Access(Audience.ANYONE)
    public BoardSnapshot snapshot() throws SQLException {
        return board.snapshot();
    }
}
