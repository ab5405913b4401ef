package org.onestop.training.internal;

import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/training/record}: an innovator's training record as JSON: {@code attended}, {@code hours} per course,
 * {@code totalHours}, {@code certificates} (each PDF at {@code /training/record/certificates/{number}}) and
 * {@code noShows}.
 */
@Component(service = RecordApi.class, immediate = true)
@ModuleResource
@Path("api/training/record")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class RecordApi {

    private final TrainingRecord record;

    @Activate
    public RecordApi(@Reference TrainingRecord record) {
        this.record = record;
    }

    @GET
    @Access(Audience.INNOVATOR)
    public TrainingRecord.Record record(@Context Caller caller) throws SQLException {
        return record.of(caller.accountId());
    }
}
