package org.onestop.api.cases;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A capability of the gateway that follows the cases of every module (service ratings, for instance, which invite
 * the applicant when a case closes). Registered as an OSGi service; the platform calls every one registered after
 * each move has been stored, inside the move's transaction, so that what it writes exists if and only if the move
 * commits. What it throws undoes the move; keep the work short and leave the decision to the module's
 * {@link CaseType#moving}.
 */
@ConsumerType
public interface CaseObserver {

    /**
     * Called once per move, after the case has been stored with its new status.
     *
     * @param transaction a connection of the move's transaction: write the observer's own tables on it (their names
     *                    qualified with its schema); never commit, roll back or close it
     * @param after       the case as the move left it
     * @param move        the move: the case before, the transition, the comment and who took it
     * @param type        the case type, for its workflow and its declarations (such as {@link CaseType#rating()})
     */
    void moved(Connection transaction, CaseFile after, CaseMove move, CaseType type) throws SQLException;
}
