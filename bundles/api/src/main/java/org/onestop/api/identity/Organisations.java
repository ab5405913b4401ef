package org.onestop.api.identity;

import java.sql.SQLException;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The organisations innovators act for, as their accounts registered them (read only). */
@ProviderType
public interface Organisations {

    /** The organisation {@code id}, if there is one. */
    Optional<OrganisationProfile> find(long id) throws SQLException;
}
