/** Pages: a resource returns a {@link org.onestop.api.view.View} and the platform renders it inside the shell. */
@Export
@Version("1.1.0")
package org.onestop.api.view;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
