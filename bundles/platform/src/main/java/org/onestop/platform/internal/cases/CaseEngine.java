package org.onestop.platform.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onestop.api.cases.CaseEvent;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.Move;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.cases.Transition;
import org.onestop.api.identity.Caller;

/**
 * STUB — being written. The contract other parts of the platform code against:
 * <ul>
 *   <li>{@link #visible}: the case if the viewer may see it (applicant of the case, staff holding a role of its
 *       workflow's staffRoles, supervisors);</li>
 *   <li>{@link #recordEvent}: appends a timeline event (kind as in CaseEvent) inside the transaction, bumps the
 *       case's version and update time, returns the event id;</li>
 *   <li>{@link #claim}, {@link #release}, {@link #assign}, {@link #comment}: staff actions, each in its own
 *       transaction, refusing with CaseRefusal.</li>
 * </ul>
 */
public final class CaseEngine implements Cases {

    @Override
    public Receipt open(Connection transaction, NewCase request, Caller applicant) throws SQLException {
        throw new UnsupportedOperationException();
    }

    @Override
    public CaseFile move(Connection transaction, String trackingNumber, Move move, Caller actor) throws SQLException {
        throw new UnsupportedOperationException();
    }

    @Override
    public CaseFile move(String trackingNumber, Move move, Caller actor) throws SQLException {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CaseFile> find(String trackingNumber, Caller viewer) throws SQLException {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseEvent> timeline(String trackingNumber, Caller viewer) throws SQLException {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Transition> choices(String trackingNumber, Caller viewer) throws SQLException {
        throw new UnsupportedOperationException();
    }

    /** The case if {@code viewer} may see it, read on {@code connection}. */
    public Optional<CaseFile> visible(Connection connection, String trackingNumber, Caller viewer)
            throws SQLException {
        throw new UnsupportedOperationException();
    }

    /** Whether {@code viewer} may see the case. */
    public boolean maySee(CaseFile file, Caller viewer) {
        throw new UnsupportedOperationException();
    }

    /** Whether {@code staff} works the case's queue (holds one of its staff roles, or is a supervisor). */
    public boolean mayWork(CaseFile file, Caller staff) {
        throw new UnsupportedOperationException();
    }

    /** Appends a timeline event inside the transaction and returns its id. */
    public long recordEvent(Connection transaction, CaseFile file, String kind, Caller actor, String comment,
            boolean forApplicant) throws SQLException {
        throw new UnsupportedOperationException();
    }

    /** The deadline clocks of the case, if {@code viewer} may see it. */
    public List<ClockState> clocks(String trackingNumber, Caller viewer) throws SQLException {
        throw new UnsupportedOperationException();
    }

    public CaseFile claim(String trackingNumber, Caller staff) throws SQLException {
        throw new UnsupportedOperationException();
    }

    public CaseFile release(String trackingNumber, Caller staff) throws SQLException {
        throw new UnsupportedOperationException();
    }

    /** A supervisor gives the case to a staff member who works its queue. */
    public CaseFile assign(String trackingNumber, long assigneeId, Caller supervisor) throws SQLException {
        throw new UnsupportedOperationException();
    }

    public CaseFile comment(String trackingNumber, String text, boolean forApplicant, Caller actor)
            throws SQLException {
        throw new UnsupportedOperationException();
    }
}
