/**
 * Pages: a resource returns a {@link org.onestop.api.view.View} and the platform renders it inside the shell; links
 * that leave the site begin with the hall's {@link org.onestop.api.view.PublicAddress}.
 */
@Export
@Version("1.2.0")
package org.onestop.api.view;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
