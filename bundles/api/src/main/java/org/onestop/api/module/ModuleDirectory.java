package org.onestop.api.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The registry of service modules running now, in tile order. The home page, the navigation and the health
 * report read it; the platform keeps it current as modules come and go.
 */
@ProviderType
public interface ModuleDirectory {

    /** The modules registered now, ordered by {@link ModuleDescriptor#order()} then id. */
    List<RunningModule> running();

    /** The running module with this id, if any. */
    Optional<RunningModule> find(String id);

    /** Whether a module with this id ran earlier in this gateway's life and is gone now. */
    boolean departed(String id);
}
