package org.onestop.training.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The door of a session: a ticket's code, read by the camera or typed, is checked ({@link TicketCodes}) and the
 * enrolment checked in through {@link Attendance#checkIn} (the only way attendance is recorded), or the reason it is
 * not let in is said in words: another session, already used (and when), no place (cancelled, waiting…), not now
 * (too early, or over), not a genuine ticket.
 */
@Component(service = CheckInDesk.class)
public final class CheckInDesk {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * What the door says: {@code outcome} a code ({@code checked-in}, {@code other-session}, {@code already-used},
     * {@code no-place}, {@code too-early}, {@code over}, {@code forged}); the words are the message {@code key} with
     * its {@code arguments}; {@code status} the HTTP status (200 when let in).
     *
     * @param outcome     what it came to
     * @param status      200, 409 (a genuine ticket not let in) or 422 (not a genuine ticket)
     * @param key         the message that says it
     * @param arguments   the message's arguments
     * @param name        the holder's name, when the ticket is genuine
     * @param enrolmentId the enrolment, when the ticket is genuine; 0 otherwise
     * @param checkedInAt when it was let in (now, or the first time), or null
     */
    public record Answer(String outcome, int status, String key, List<Object> arguments, String name, long enrolmentId,
            Instant checkedInAt) {

        public boolean admitted() {
            return status == 200;
        }

        /** The refusal a JSON client receives for a ticket not let in. */
        Refusal refusal() {
            return new Refusal(status, key, arguments.toArray());
        }
    }

    private final Catalogue catalogue;
    private final TicketCodes codes;
    private final Attendance attendance;
    private final People people;
    private final CentreZone zone;
    private final Clock clock;

    @Activate
    public CheckInDesk(@Reference Catalogue catalogue, @Reference TicketCodes codes, @Reference Attendance attendance,
            @Reference People people, @Reference CentreZone zone) {
        this(catalogue, codes, attendance, people, zone, Clock.systemUTC());
    }

    CheckInDesk(Catalogue catalogue, TicketCodes codes, Attendance attendance, People people, CentreZone zone,
            Clock clock) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.attendance = attendance;
        this.people = people;
        this.zone = zone;
        this.clock = clock;
    }

    /** The session at this door (404 when there is none). */
    TrainingSession session(long sessionId) throws SQLException {
        return catalogue.work().call(tx -> catalogue.session(tx, sessionId)).orElseThrow(Catalogue::noSession);
    }

    /** Reads a ticket's code at the door of {@code sessionId}, by {@code trainer}. */
    Answer read(long sessionId, String typed, Caller trainer) throws SQLException {
        TrainingSession session = session(sessionId);
        if (typed == null || typed.isBlank()) {
            throw Refusal.badRequest("training.checkin.empty");
        }
        TicketCodes.Claim claim = codes.read(typed).orElse(null);
        if (claim == null) {
            return new Answer("forged", 422, "training.checkin.forged", List.of(), "", 0, null);
        }
        Attendance.CheckIn in = attendance.checkIn(sessionId, claim.enrolmentId(), Attendance.Way.DOOR, trainer);
        if (in.outcome() == Attendance.Outcome.UNKNOWN) {
            return new Answer("forged", 422, "training.checkin.forged", List.of(), "", 0, null);
        }
        String name = name(claim.enrolmentId());
        return switch (in.outcome()) {
            case CHECKED_IN -> new Answer("checked-in", 200, "training.checkin.in", List.of(name), name,
                    claim.enrolmentId(), in.checkedInAt());
            case OTHER_SESSION -> other(claim, name);
            case ALREADY_USED -> new Answer("already-used", 409, "training.checkin.used", List.of(name,
                    at(in.checkedInAt())), name, claim.enrolmentId(), in.checkedInAt());
            case NO_PLACE -> new Answer("no-place", 409, "training.checkin.noPlace", List.of(name,
                    new Refusal.Term("training.status." + in.enrolment().status())), name, claim.enrolmentId(), null);
            default -> notNow(session, name, claim.enrolmentId());
        };
    }

    private Answer other(TicketCodes.Claim claim, String name) throws SQLException {
        String when = catalogue.work().call(tx -> catalogue.session(tx, claim.sessionId())).map(s -> at(s.startsAt()))
                .orElse("");
        return new Answer("other-session", 409, "training.checkin.other", List.of(name, when), name,
                claim.enrolmentId(), null);
    }

    private Answer notNow(TrainingSession session, String name, long enrolmentId) {
        Instant now = clock.instant();
        if (now.isAfter(session.endsAt())) {
            return new Answer("over", 409, "training.checkin.over", List.of(name), name, enrolmentId, null);
        }
        return new Answer("too-early", 409, "training.checkin.early", List.of(name, at(session.startsAt().minus(
                Duration.ofHours(Attendance.DOOR_OPENS_HOURS)))), name, enrolmentId, null);
    }

    private String name(long enrolmentId) throws SQLException {
        return catalogue.work().call(tx -> {
            Optional<Enrolment> enrolment = Rolls.enrolment(tx, enrolmentId);
            return enrolment.isEmpty() ? "" : NamedAttendees.holder(tx, enrolmentId, enrolment.get().accountId(),
                    people);
        });
    }

    private String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(zone.zone()));
    }
}
