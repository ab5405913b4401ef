package org.onestop.api.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The gateway's accounts, read only, for bundles that name people, write to them or give them work (the case family,
 * modules). Each question is asked within the caller's transaction on the gateway's database (a connection of any
 * schema), so that it sees what that transaction sees and takes no second connection.
 */
@ProviderType
public interface People {

    /** The account {@code id}, if there is one. */
    Optional<Person> find(Connection transaction, long id) throws SQLException;

    /** The active staff accounts holding at least one of {@code roles}, by name. */
    List<Person> staffHolding(Connection transaction, Set<Role> roles) throws SQLException;

    /** The display names of the accounts {@code ids}, by id; an id with no account is left out. */
    Map<Long, String> names(Connection transaction, Collection<Long> ids) throws SQLException;
}
