package org.onestop.api.cases;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onestop.api.identity.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** Drafts of submissions, each visible only to the applicant who saved it. */
@ProviderType
public interface Drafts {

    /** Saves a new draft (id null) or replaces one of {@code owner}'s; returns it as stored. */
    Draft save(Draft draft, Caller owner) throws SQLException;

    Optional<Draft> find(long id, Caller owner) throws SQLException;

    /** The owner's drafts of a module, newest first. */
    List<Draft> mine(String module, Caller owner) throws SQLException;

    void discard(long id, Caller owner) throws SQLException;
}
