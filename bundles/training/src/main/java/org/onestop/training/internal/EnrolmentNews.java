package org.onestop.training.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the module tells people and the audit trail, inside the transaction of the change: an offered place, a
 * lapsed offer and a withdrawn enrolment reach the person in the app and by mail (the platform's notifications
 * mail each one through the outbox, in the person's language); every change is an audit entry.
 */
@Component(service = EnrolmentNews.class)
public final class EnrolmentNews {

    /** The audit action of a place confirmed (at enrolment, or an offer taken): its ticket is sent. */
    static final String CONFIRMED = "training.enrolment.confirmed";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Messages messages;
    private final CentreZone zone;

    @Activate
    public EnrolmentNews(@Reference Catalogue catalogue, @Reference AuditTrail audit,
            @Reference Notifications notifications, @Reference Messages messages, @Reference CentreZone zone) {
        this.catalogue = catalogue;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.zone = zone;
    }

    /** An audit entry for a change the caller made to an enrolment. */
    void recorded(Connection tx, Caller caller, String action, Enrolment enrolment) throws SQLException {
        audit.record(tx, AuditEntry.by(caller, action, "enrolment:" + enrolment.id(),
                "session:" + enrolment.sessionId()));
        if (CONFIRMED.equals(action)) {
            ticketed(tx, enrolment);
        }
    }

    /** An audit entry for a change the caller made to a course. */
    void recorded(Connection tx, Caller caller, String action, long courseId, String detail) throws SQLException {
        audit.record(tx, AuditEntry.by(caller, action, "course:" + courseId, detail));
    }

    void offered(Connection tx, Enrolment enrolment, TrainingSession session, Instant expires) throws SQLException {
        tell(tx, enrolment, session, "offered", at(expires));
        audit.record(tx, new AuditEntry("runtime", "training.enrolment.offered", "enrolment:" + enrolment.id(),
                "", "session:" + session.id() + " until " + expires));
    }

    void lapsed(Connection tx, Enrolment enrolment, TrainingSession session) throws SQLException {
        tell(tx, enrolment, session, "lapsed", "");
        audit.record(tx, new AuditEntry("runtime", "training.enrolment.lapsed", "enrolment:" + enrolment.id(),
                "", "session:" + session.id()));
    }

    void withdrawn(Connection tx, Caller caller, Enrolment enrolment, Course course, TrainingSession session)
            throws SQLException {
        withdrawn(tx, caller, enrolment, course, session, "");
    }

    /** A withdrawn enrolment, the person told the reason when there is one. */
    void withdrawn(Connection tx, Caller caller, Enrolment enrolment, Course course, TrainingSession session,
            String reason) throws SQLException {
        tell(tx, enrolment, session, reason.isEmpty() ? "withdrawn" : "withdrawnFor", reason);
        recorded(tx, caller, "training.enrolment.withdrawn", enrolment);
    }

    /** The reminder before the session: {2} of the message is the venue or the online link. */
    void reminded(Connection tx, Enrolment enrolment, TrainingSession session) throws SQLException {
        tell(tx, enrolment, session, "reminder", session.place());
        audit.record(tx, new AuditEntry("runtime", "training.enrolment.reminded", "enrolment:" + enrolment.id(),
                "", "session:" + session.id()));
    }

    private void tell(Connection tx, Enrolment enrolment, TrainingSession session, String what, String until)
            throws SQLException {
        tell(tx, enrolment, session, what, until, "/training/sessions/" + session.id());
    }

    private void tell(Connection tx, Enrolment enrolment, TrainingSession session, String what, String until,
            String link) throws SQLException {
        Optional<Course> course = catalogue.course(tx, session.courseId());
        String title = course.map(c -> c.titleIn("zh")).orElse("");
        String titleEn = course.map(c -> c.titleIn("en")).orElse("");
        String starts = at(session.startsAt());
        notifications.notify(tx, enrolment.accountId(), new Notice(
                label("training.notice." + what + ".subject", title, titleEn, starts, until),
                label("training.notice." + what + ".text", title, titleEn, starts, until), link));
    }

    /** A notice's text in both languages, each with the course's title in that language ({0}). */
    private Label label(String key, String title, String titleEn, String starts, String until) {
        return Label.of(messages.text(Language.ZH_CN, key, title, starts, until),
                messages.text(Language.EN, key, titleEn, starts, until));
    }

    private String at(Instant instant) {
        return MINUTE.format(instant.atZone(zone.zone()));
    }

    // tickets: a place confirmed is told its admission ticket, in the app and by mail, with the ticket's link

    /** Tells the holder of a place just confirmed where the admission ticket is (page, PDF, calendar file). */
    void ticketed(Connection tx, Enrolment enrolment) throws SQLException {
        TrainingSession session = catalogue.session(tx, enrolment.sessionId()).orElseThrow();
        tell(tx, enrolment, session, session.online() ? "ticketOnline" : "ticket", "",
                "/training/enrolments/" + enrolment.id() + "/ticket");
    }
}
