package org.onestop.training.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An attendee's admission ticket ({@code /training/enrolments/{id}/ticket}: the page with its QR code,
 * {@code …/ticket.pdf}, {@code …/session.ics}) and the join link of an online session ({@code …/join}): during the
 * session (from {@value Attendance#LINK_OPENS_MINUTES} minutes before the start until the end) it checks the
 * attendee in online and leads on to the session's link; before or after, a page says when the link opens or that
 * the session is over. Only the enrolment's holder reaches any of them (404 for others).
 */
@Component(service = TicketPages.class, immediate = true)
@ModuleResource
@Path("training")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class TicketPages {

    private final Tickets tickets;
    private final Attendance attendance;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public TicketPages(@Reference Tickets tickets, @Reference Attendance attendance) {
        this.tickets = tickets;
        this.attendance = attendance;
    }

    @GET
    @Path("enrolments/{id}/ticket")
    @Access(Audience.INNOVATOR)
    public View ticket(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        Tickets.Ticket ticket = tickets.of(id, caller);
        QrCode qr = ticket.qr();
        return View.of("training/ticket", "ticket", ticket, "qrPath", qr.path(), "qrSize", qr.size(), "joinPath",
                Tickets.joinPath(ticket));
    }

    @GET
    @Path("enrolments/{id}/ticket.pdf")
    @Produces("application/pdf")
    @Access(Audience.INNOVATOR)
    public Response pdf(@PathParam("id") long id, @Context Caller caller) throws SQLException, IOException {
        Tickets.Ticket ticket = tickets.of(id, caller);
        return download(tickets.pdf(ticket), "application/pdf", Tickets.fileName(ticket, "pdf"));
    }

    @GET
    @Path("enrolments/{id}/session.ics")
    @Produces(SessionCalendar.MEDIA_TYPE)
    @Access(Audience.INNOVATOR)
    public Response calendar(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        Tickets.Ticket ticket = tickets.of(id, caller);
        return download(tickets.calendar(ticket), SessionCalendar.MEDIA_TYPE, Tickets.fileName(ticket, "ics"));
    }

    @GET
    @Path("enrolments/{id}/join")
    @Access(Audience.INNOVATOR)
    public Response join(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        Tickets.Ticket ticket = tickets.of(id, caller);
        TrainingSession session = ticket.session();
        if (!session.online()) {
            return Response.status(409).entity(joinView(ticket, "training.join.onSite", null)).build();
        }
        Attendance.CheckIn in = attendance.checkIn(session.id(), id, Attendance.Way.ONLINE, caller);
        return switch (in.outcome()) {
            case CHECKED_IN, ALREADY_USED -> Response.seeOther(URI.create(session.place())).build();
            case NOT_NOW -> {
                Instant opens = session.startsAt().minus(Duration.ofMinutes(Attendance.LINK_OPENS_MINUTES));
                yield Response.status(409).entity(clock.instant().isBefore(opens)
                        ? joinView(ticket, "training.join.early", opens)
                        : joinView(ticket, "training.join.over", null)).build();
            }
            default -> Response.status(409).entity(joinView(ticket, "training.join.noPlace", null)).build();
        };
    }

    private static View joinView(Tickets.Ticket ticket, String reason, Instant opens) {
        return View.of("training/join", "ticket", ticket, "reason", reason, "opens", opens == null ? "" : opens);
    }

    private static Response download(Object body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
