package org.onestop.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.identity.Caller;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Enrolment of named attendees: an innovator who belongs to an organisation enrols people of that organisation by
 * name, each an enrolment of its own through {@link Waitlist#enrol(long, Caller, Attendee)} (a place or the waitlist,
 * under the session's row lock, within the per-organisation limit). The enrolment belongs to the person who made it:
 * it is on their list and they cancel it. One name is enrolled once per session and organisation while it is active.
 */
@Component(service = NamedAttendees.class)
public final class NamedAttendees {

    /** A named attendee's enrolment. */
    public record Named(Enrolment enrolment, Attendee attendee) {
    }

    private final Catalogue catalogue;
    private final Waitlist waitlist;

    @Activate
    public NamedAttendees(@Reference Catalogue catalogue, @Reference Waitlist waitlist) {
        this.catalogue = catalogue;
        this.waitlist = waitlist;
    }

    /** Enrols the attendee for the caller's organisation: 422 for a field at fault, 409 without an organisation. */
    public Named enrol(long sessionId, Attendee attendee, Caller caller) throws SQLException {
        Map<String, String> problems = attendee.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("training.error.attendee", problems);
        }
        if (caller.organisationId() == null) {
            throw new Refusal(409, "training.refused.noOrganisation");
        }
        return new Named(waitlist.enrol(sessionId, caller, attendee), attendee);
    }

    /** The attendees the caller enrolled by name, newest first, by enrolment number. */
    public Map<Long, Attendee> of(Caller caller) throws SQLException {
        return catalogue.work().call(tx -> read(tx, "ACCOUNT_ID = ?", caller.accountId()));
    }

    /** Of the caller's enrolments ({@code mine}), those of named attendees in the session, newest first. */
    public List<Named> inSession(long sessionId, Caller caller, List<Enrolment> mine) throws SQLException {
        Map<Long, Attendee> names = of(caller);
        return mine.stream().filter(e -> e.sessionId() == sessionId && names.containsKey(e.id()))
                .map(e -> new Named(e, names.get(e.id()))).toList();
    }

    /** The named attendees of a session, by enrolment number. */
    public Map<Long, Attendee> ofSession(long sessionId) throws SQLException {
        return catalogue.work().call(tx -> read(tx, "SESSION_ID = ?", sessionId));
    }

    /** Refuses (409) a name that has an active enrolment of the caller's organisation in the session already. */
    static void refuseTwice(Connection tx, long sessionId, Caller caller, Attendee attendee) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT COUNT(*) FROM TRAINING.ENROLMENT"
                + " WHERE SESSION_ID = ? AND ORGANISATION_ID = ? AND STATUS IN ('confirmed', 'offered', 'waiting')"
                + " AND UPPER(ATTENDEE_NAME) = UPPER(?)")) {
            select.setLong(1, sessionId);
            select.setLong(2, caller.organisationId());
            select.setString(3, attendee.name());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                if (row.getInt(1) > 0) {
                    throw new Refusal(409, "training.refused.attendeeTwice", attendee.name());
                }
            }
        }
    }

    /** The name of the person who comes on the enrolment: the named attendee's, else the account holder's. */
    static String holder(Connection tx, long enrolmentId, long accountId, People people) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT ATTENDEE_NAME FROM TRAINING.ENROLMENT"
                + " WHERE ID = ?")) {
            select.setLong(1, enrolmentId);
            try (ResultSet row = select.executeQuery()) {
                String named = row.next() ? row.getString(1) : null;
                if (named != null) {
                    return named;
                }
            }
        }
        return people.find(tx, accountId).map(Person::displayName).orElse("");
    }

    /** Writes who comes on the enrolment just made for them. */
    static void store(Connection tx, long enrolmentId, Attendee attendee) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TRAINING.ENROLMENT SET ATTENDEE_NAME = ?,"
                + " ATTENDEE_EMAIL = ?, ATTENDEE_PHONE = ? WHERE ID = ?")) {
            update.setString(1, attendee.name());
            update.setString(2, attendee.email().isEmpty() ? null : attendee.email());
            update.setString(3, attendee.phone().isEmpty() ? null : attendee.phone());
            update.setLong(4, enrolmentId);
            update.executeUpdate();
        }
    }

    private static Map<Long, Attendee> read(Connection tx, String where, long value) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT ID, ATTENDEE_NAME, ATTENDEE_EMAIL, ATTENDEE_PHONE"
                + " FROM TRAINING.ENROLMENT WHERE " + where + " AND ATTENDEE_NAME IS NOT NULL ORDER BY ID DESC")) {
            select.setLong(1, value);
            try (ResultSet rows = select.executeQuery()) {
                Map<Long, Attendee> found = new LinkedHashMap<>();
                while (rows.next()) {
                    found.put(rows.getLong(1), new Attendee(rows.getString(2), rows.getString(3), rows.getString(4)));
                }
                return found;
            }
        }
    }
}
