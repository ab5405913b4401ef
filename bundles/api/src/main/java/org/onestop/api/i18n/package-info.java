/** The languages of the portal. */
@Export
@Version("1.0.0")
package org.onestop.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
