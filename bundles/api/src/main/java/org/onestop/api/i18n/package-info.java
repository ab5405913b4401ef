/** The languages of the portal, and the centre's time zone in which people read times. */
@Export
@Version("1.1.0")
package org.onestop.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
