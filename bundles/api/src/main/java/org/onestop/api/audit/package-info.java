/**
 * The tamper-evident audit trail: modules record what was done, by whom, in the same transaction as the change;
 * the cases' words ({@link org.onestop.api.audit.CaseWords}) let the operators' page show case moves in words;
 * {@link org.onestop.api.audit.AuditHistory} reads the entries about one thing in words.
 */
@Export
@Version("1.2.0")
package org.onestop.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
