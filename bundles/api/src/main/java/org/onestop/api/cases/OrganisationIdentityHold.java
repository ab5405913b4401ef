package org.onestop.api.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's hold on the identity of an organisation: while the module relies on an organisation's name and unified
 * social credit code (pre-examination, for instance, while the organisation's entity registration is pending or
 * approved), it says why they may not change. A module registers its hold as an OSGi service; one that is not
 * deployed holds nothing.
 *
 * <p>The platform asks every hold inside the transaction that would change an organisation's name or code, after
 * it has locked the organisation's row and before it commits, and refuses the change (409) with the first reason
 * given; the organisation's other particulars (address, contact) stay editable. It also asks when it shows the
 * organisation's form, which then shows the name and code read-only with the reason.
 */
@ConsumerType
public interface OrganisationIdentityHold {

    /**
     * Why organisation {@code organisationId}'s name and credit code may not change now — in both languages, a
     * sentence that also says whom to contact — or empty when they may.
     *
     * @param transaction a connection of the platform's transaction: read the module's own tables on it (their
     *                    names qualified with the module's schema); never commit, roll back or close it
     */
    Optional<Label> reason(Connection transaction, long organisationId) throws SQLException;
}
