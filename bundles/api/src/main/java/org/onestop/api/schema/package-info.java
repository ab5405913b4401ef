/** How a bundle declares the database schema it owns and the migration scripts that build it. */
@Export
@Version("1.0.0")
package org.onestop.api.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
