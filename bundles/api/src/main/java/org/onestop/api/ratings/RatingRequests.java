package org.onestop.api.ratings;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Invites a person to rate something that is not a case, offered by the ratings bundle. A module references it
 * optionally: without the ratings bundle there is no service and nothing is invited.
 */
public interface RatingRequests {

    /**
     * Invites the subject's person to rate it, in the caller's transaction {@code tx} (the invitation, its notice
     * in the app and its mail count only when the caller commits). Inviting a subject already invited (same module
     * and reference) does nothing.
     *
     * @return true when invited now, false when it was invited before
     */
    boolean invite(Connection tx, RatingSubject subject) throws SQLException;
}
