/**
 * What the supervisors' statistics of every module share: the {@link org.onestop.api.statistics.StatisticsPeriod}
 * a filter asks for (months, refused in the module's words when it cannot be read) and the names of its months, and
 * the {@link org.onestop.api.statistics.StatisticsSheet} that writes the figures as CSV the same way everywhere.
 * Pure rules: no OSGi, no I/O.
 */
@Export
@Version("1.1.0")
package org.onestop.api.statistics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
