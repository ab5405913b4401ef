package org.onestop.lookup.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may change lookup's data, and the {@link Edit} of a change they make: data stewards and supervisors keep
 * the patent records, the index, the geographical indications and the statistics; everyone else only reads them.
 * Every change is audited with its author.
 */
@Component(service = Stewardship.class)
public final class Stewardship {

    private final AuditTrail trail;
    private final WorkingCalendar calendar;

    @Activate
    public Stewardship(@Reference AuditTrail trail, @Reference WorkingCalendar calendar) {
        this.trail = trail;
        this.calendar = calendar;
    }

    /** Whether {@code caller} may change lookup's data (and so sees the links to do it). */
    public static boolean keeps(Caller caller) {
        return caller != null && (caller.has(Role.DATA_STEWARD) || caller.has(Role.SUPERVISOR));
    }

    /** A change {@code caller} makes now. */
    public Edit by(Caller caller) {
        LocalDate today = calendar.today();
        return new Edit() {
            @Override
            public LocalDate day() {
                return today;
            }

            @Override
            public void audit(Connection transaction, String action, String target, String detail)
                    throws SQLException {
                trail.record(transaction, AuditEntry.by(caller, action, target, detail));
            }
        };
    }

    /** Records something {@code caller} did that changes no table (e.g. starting an index rebuild). */
    public void audit(Caller caller, String action, String target, String detail) throws SQLException {
        trail.record(AuditEntry.by(caller, action, target, detail));
    }
}
