package org.onestop.cnipa.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Staff's edits of the service catalogue: an edit is checked (422 with each field at fault), stored as the entry's
 * next version with who and when, and audited ({@code cnipa.catalogue.changed}, the fields that changed). An edit
 * made on a version that is no longer the one in force is refused (409), so that nobody overwrites unseen work; an
 * edit that changes nothing adds no version.
 */
@Component(service = CatalogueDesk.class)
public final class CatalogueDesk {

    static final String CHANGED = "cnipa.catalogue.changed";

    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public CatalogueDesk(@Reference Catalogue catalogue, @Reference AuditTrail audit) {
        this(catalogue, audit, Clock.systemUTC());
    }

    CatalogueDesk(Catalogue catalogue, AuditTrail audit, Clock clock) {
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** The name a version records for {@code staff}: the display name, else the account. */
    static String editor(Caller staff) {
        return staff.displayName() == null || staff.displayName().isBlank() ? staff.actor() : staff.displayName();
    }

    /**
     * Stores {@code typed} (texts by field) as the next version of {@code code}'s entry, edited on version
     * {@code basedOn} (0: on whatever is in force); returns the entry then in force.
     */
    public CatalogueEntry edit(String code, int basedOn, Map<String, String> typed, boolean toConfirm, Caller staff)
            throws SQLException {
        Map<String, String> fields = CatalogueEntry.tidy(typed);
        String editor = editor(staff);
        CatalogueEntry draft = new CatalogueEntry(code, 0, fields, toConfirm, editor, clock.instant());
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("cnipa.catalogue.error.entry", problems);
        }
        try {
            return catalogue.businesses().work().call(tx -> {
                CatalogueEntry before = catalogue.current(tx, code)
                        .orElseThrow(() -> new Refusal(404, "cnipa.catalogue.none"));
                if (basedOn != 0 && basedOn != before.version()) {
                    throw new Refusal(409, "cnipa.catalogue.error.stale", before.version());
                }
                List<String> changed = draft.changedFrom(before);
                if (changed.isEmpty()) {
                    return before;
                }
                CatalogueEntry next = new CatalogueEntry(code, before.version() + 1, fields, toConfirm, editor,
                        draft.editedAt());
                catalogue.insert(tx, next);
                audit.record(tx, AuditEntry.by(staff, CHANGED, "catalogue:" + code, "version " + next.version()
                        + ": " + String.join(", ", changed)));
                return next;
            });
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new Refusal(409, "cnipa.catalogue.error.stale", 0);
            }
            throw e;
        }
    }
}
