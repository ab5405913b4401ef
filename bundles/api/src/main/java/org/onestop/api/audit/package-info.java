/**
 * The tamper-evident audit trail: modules record what was done, by whom, in the same transaction as the change.
 */
@Export
@Version("1.0.0")
package org.onestop.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
