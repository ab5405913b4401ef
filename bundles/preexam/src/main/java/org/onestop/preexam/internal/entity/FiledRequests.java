package org.onestop.preexam.internal.entity;

import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The requests an entity has filed, as its quota counts them. Requests are filed by registered entities, so the
 * requests' own store answers this; the entity side asks through this interface rather than depending on it.
 */
public interface FiledRequests {

    /** Requests the organisation filed on or after {@code from}. */
    int filedSince(long organisationId, LocalDate from) throws SQLException;
}
