/**
 * The background work of a module (imports, rebuilds) as the gateway's health figures see it: a module publishes a
 * {@link org.onestop.api.jobs.JobCensus} service and its jobs are counted by state on {@code /metrics}.
 */
@Export
@Version("1.0.0")
package org.onestop.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
