/**
 * How a bundle declares the database schema it owns and the migration scripts that build it, and works on its data
 * source: {@link org.onestop.api.schema.UnitOfWork} for transactions, {@link org.onestop.api.schema.UtcColumns}
 * for timestamps in UTC, {@link org.onestop.api.schema.LikePattern} for searches, {@link org.onestop.api.schema.SqlFailures}
 * for what a refused statement means.
 */
@Export
@Version("1.2.0")
package org.onestop.api.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
