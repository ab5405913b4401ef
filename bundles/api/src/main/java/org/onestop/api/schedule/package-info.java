/**
 * Periodic work on the platform's one thread pool: a module asks the {@link org.onestop.api.schedule.Scheduler}
 * service for a named task instead of starting threads of its own; the platform stops the task when the module's
 * bundle stops. Work that must happen once in the hall, whatever the number of gateway nodes, asks for
 * {@link org.onestop.api.schedule.Scheduler#onOneNode}: it runs on the node holding its lease.
 */
@Export
@Version("1.1.0")
package org.onestop.api.schedule;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
