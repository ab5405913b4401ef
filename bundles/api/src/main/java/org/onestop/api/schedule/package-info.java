/**
 * Periodic work on the platform's one thread pool: a module asks the {@link org.onestop.api.schedule.Scheduler}
 * service for a named task instead of starting threads of its own; the platform stops the task when the module's
 * bundle stops.
 */
@Export
@Version("1.0.0")
package org.onestop.api.schedule;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
