package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What appointments tell the audit trail and the visitor, inside the transaction of the change: every step is an
 * audit entry ({@code ticketing.appointment.<step>}); a booking, a change and a rebooking reach the visitor in the
 * app and by mail (the platform's notifications mail each one through the outbox once the booking commits).
 */
@Component(service = AppointmentNews.class)
public final class AppointmentNews {

    /** The audit actions, {@code ticketing.appointment.} and the step. */
    static final String BOOKED = "ticketing.appointment.booked";
    static final String CHANGED = "ticketing.appointment.changed";
    static final String CANCELLED = "ticketing.appointment.cancelled";
    static final String REBOOKED = "ticketing.appointment.rebooked";
    static final String MISSED = "ticketing.appointment.missed";
    static final String CHECKED_IN = "ticketing.appointment.checked-in";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AuditTrail audit;
    private final Notifications notifications;
    private final Messages messages;

    @Activate
    public AppointmentNews(@Reference AuditTrail audit, @Reference Notifications notifications,
            @Reference Messages messages) {
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** An audit entry for a step {@code caller} took ({@code action} one of the constants), with a detail. */
    void recorded(Connection tx, Caller caller, String action, Appointment appointment, String detail)
            throws SQLException {
        audit.record(tx, AuditEntry.by(caller, action, "appointment:" + appointment.id(), detail(appointment,
                detail)));
    }

    /** An appointment the gateway marked missed. */
    void missed(Connection tx, Appointment appointment) throws SQLException {
        audit.record(tx, new AuditEntry("runtime", MISSED, "appointment:" + appointment.id(), "",
                detail(appointment, "")));
    }

    /**
     * Tells the visitor of an appointment booked, changed or rebooked ({@code what}: {@code booked}, {@code changed}):
     * the service, the slot in the centre's zone and the check-in code, with the appointment's page.
     */
    void told(Connection tx, String what, Appointment appointment, HallService service, ZoneId zone)
            throws SQLException {
        String slot = MINUTE.format(appointment.slotStart().atZone(zone)) + "–"
                + TIME.format(appointment.slotEnd().atZone(zone));
        Label subject = label("ticketing.appointment.notice." + what + ".subject", service.nameZh(),
                service.nameEn(), slot, appointment.code());
        Label text = label("ticketing.appointment.notice." + what + ".text", service.nameZh(), service.nameEn(), slot,
                appointment.code());
        notifications.notify(tx, appointment.accountId(), new Notice(subject, text,
                "/ticketing/appointments/" + appointment.id()));
    }

    /** A message in both languages; {0} is the service's name in that language. */
    private Label label(String key, String nameZh, String nameEn, Object... rest) {
        Object[] zh = new Object[rest.length + 1];
        Object[] en = new Object[rest.length + 1];
        zh[0] = nameZh;
        en[0] = nameEn;
        System.arraycopy(rest, 0, zh, 1, rest.length);
        System.arraycopy(rest, 0, en, 1, rest.length);
        return Label.of(messages.text(Language.ZH_CN, key, zh), messages.text(Language.EN, key, en));
    }

    private static String detail(Appointment appointment, String more) {
        Instant start = appointment.slotStart();
        return "service:" + appointment.serviceId() + " slot:" + start + (more.isEmpty() ? "" : " " + more);
    }
}
