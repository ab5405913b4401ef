package org.onestop.api.module;

import java.util.Map;

import org.onestop.api.i18n.Language;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A short line that a capability of the gateway adds under service tiles on the home page, such as this month's
 * satisfaction with each service (service ratings, when the operator publishes it). Registered as an OSGi service;
 * the home page asks every one registered each time it is shown, so keep the answer cheap (cached) and empty when
 * there is nothing to say.
 */
@ConsumerType
public interface TileNote {

    /** The lines to show now in {@code language}, by module id; modules without a line are left out. */
    Map<String, String> notes(Language language);
}
