package org.onestop.console.internal;

import java.time.Instant;

/**
 * One bundle of the gateway as the console lists it.
 *
 * @param id              the framework's bundle id
 * @param symbolicName    its symbolic name
 * @param name            its human name ({@code Bundle-Name}), the symbolic name when it has none
 * @param version         its version
 * @param state           {@code installed}, {@code resolved}, {@code starting}, {@code active} or {@code stopping}
 * @param module          the id of the service module it provides now, or null
 * @param origin          {@code system} (the platform's own, from {@code system/}), {@code deploy} (a jar put into
 *                        {@code deploy/}) or {@code console} (a jar the console stored there)
 * @param file            its file in {@code deploy/}, or null
 * @param changedAt       when its file was last changed, or, for the platform's own, when it was installed
 * @param platform        whether it is one of the platform's own (stopping it needs a confirmation)
 * @param fragment        whether it is a fragment (never started or stopped)
 * @param fileMissing     whether it came from {@code deploy/} and its file is gone (uninstalling it removes it)
 * @param previousVersion the version kept for rolling back, or null
 */
public record BundleRow(long id, String symbolicName, String name, String version, String state, String module,
        String origin, String file, Instant changedAt, boolean platform, boolean fragment, boolean fileMissing,
        String previousVersion) {

    /** Whether it may be started now. */
    public boolean startable() {
        return !fragment && (state.equals("resolved") || state.equals("installed"));
    }

    /** Whether it may be stopped now. */
    public boolean stoppable() {
        return !fragment && (state.equals("active") || state.equals("starting"));
    }

    /** Whether it came from {@code deploy/} (and so can be uninstalled or replaced there). */
    public boolean deployed() {
        return !origin.equals("system");
    }
}
