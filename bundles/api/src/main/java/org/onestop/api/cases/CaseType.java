package org.onestop.api.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of case a module handles, registered as an OSGi service by the module: its workflow, its own part in each
 * move and what the case page shows of the module's data. While the service is registered, the platform accepts
 * cases of this type and lists them on the staff workbench; cases stay stored when it goes away.
 */
@ConsumerType
public interface CaseType {

    /** The workflow; asked once when the service registers. */
    Workflow workflow();

    /**
     * Does the module's part of a move (checks, its own tables) inside the move's transaction, before the platform
     * stores it. Throw {@link CaseRefusal} to refuse the move; nothing is then changed.
     */
    default void moving(Connection transaction, CaseMove move) throws SQLException {
    }

    /**
     * The module's data of a case for the case page (staff and applicant), as a view whose template the platform
     * renders inside the page, or empty to show none.
     */
    default Optional<View> details(CaseFile file, Caller viewer, Language language) {
        return Optional.empty();
    }

    /**
     * Which closing statuses invite the applicant to rate the service (好差评) and which dimensions the rating
     * scores, or empty for none; asked once when the service registers, and checked against the workflow.
     */
    default Optional<RatingInvitation> rating() {
        return Optional.empty();
    }
}
