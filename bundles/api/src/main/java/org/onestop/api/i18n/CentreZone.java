package org.onestop.api.i18n;

import java.time.ZoneId;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The centre's time zone (configuration, default Asia/Shanghai): every time a person reads is shown in it, and every
 * date a person types is read in it; storage stays UTC. The platform offers it as a service and follows edits of its
 * configuration, so take the zone each time rather than keep it.
 */
@ProviderType
public interface CentreZone {

    /** The zone in use now. */
    ZoneId zone();
}
