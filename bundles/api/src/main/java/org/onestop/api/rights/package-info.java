/**
 * The numbers of intellectual-property rights that more than one module checks:
 * {@link org.onestop.api.rights.ApplicationNumber}, a Chinese patent application number with its check digit
 * (pre-examination records it after filing; rights-protection assistance checks the patent an application names).
 * Pure rules: no OSGi, no I/O.
 */
@Export
@Version("1.0.0")
package org.onestop.api.rights;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
