package org.onestop.training.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code /api/training/desk/attendance}: after and during a session, for its trainer. The trainer marks at the desk
 * a confirmed attendee who came without their ticket ({@link Attendance}, the same check-in as at the door); a
 * refused mark says why (another session, already checked in and when, no place, not during the session). Trainers
 * and supervisors read the attendance list as JSON or download it as CSV.
 */
@Component(service = AttendanceDesk.class, immediate = true)
@ModuleResource
@Path("api/training/desk/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
public final class AttendanceDesk {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A place marked at the desk: the enrolment, the person and when (UTC). */
    public record Marked(long enrolmentId, long accountId, String way, Instant checkedInAt) {
    }

    private final Attendance attendance;
    private final AttendanceList list;
    private final CentreZone zone;

    @Activate
    public AttendanceDesk(@Reference Attendance attendance, @Reference AttendanceList list,
            @Reference CentreZone zone) {
        this.attendance = attendance;
        this.list = list;
        this.zone = zone;
    }

    @POST
    @Path("{session: [0-9]+}/enrolments/{enrolment: [0-9]+}")
    @Access(value = Audience.STAFF, roles = Role.TRAINER)
    public Marked mark(@PathParam("session") long session, @PathParam("enrolment") long enrolment,
            @Context Caller trainer) throws SQLException {
        Attendance.CheckIn in = attendance.checkIn(session, enrolment, Attendance.Way.DESK, trainer);
        switch (in.outcome()) {
            case CHECKED_IN:
                return new Marked(enrolment, in.enrolment().accountId(), Attendance.Way.DESK.code(),
                        in.checkedInAt());
            case UNKNOWN:
                throw new Refusal(404, "training.refused.noEnrolment");
            case OTHER_SESSION:
                throw new Refusal(409, "training.list.refused.otherSession");
            case ALREADY_USED:
                throw new Refusal(409, "training.list.refused.already", MINUTE.format(in.checkedInAt()
                        .atZone(zone.zone())));
            case NO_PLACE:
                throw new Refusal(409, "training.list.refused.noPlace", new Refusal.Term("training.status."
                        + in.enrolment().status()));
            default:
                throw new Refusal(409, "training.list.refused.notNow");
        }
    }

    @GET
    @Path("{session: [0-9]+}")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public AttendanceList.Sheet sheet(@PathParam("session") long session) throws SQLException {
        return list.of(session);
    }

    @GET
    @Path("{session: [0-9]+}.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response csv(@PathParam("session") long session, @Context Language language) throws SQLException {
        AttendanceList.Sheet sheet = list.of(session);
        StreamingOutput body = out -> list.csv(sheet, language, out);
        return Response.ok(body, CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + list.fileName(sheet) + "\"").build();
    }
}
