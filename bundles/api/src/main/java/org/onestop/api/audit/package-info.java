/**
 * The tamper-evident audit trail: modules record what was done, by whom, in the same transaction as the change;
 * the cases' words ({@link org.onestop.api.audit.CaseWords}) let the operators' page show case moves in words;
 * {@link org.onestop.api.audit.AuditHistory} reads the entries about one thing in words; a module gives the words of
 * its own entries ({@link org.onestop.api.audit.EntryWords}).
 */
@Export
@Version("1.3.0")
package org.onestop.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
