/**
 * An example of a third party's module on the SDK only: infringement reports (举报投诉). A signed-in innovator
 * reports an infringement of a patent, trademark, copyright or geographical indication, online or at a place, with
 * evidence files, on the page {@code /reports} or under {@code /api/reports}; the centre's assistance officers check
 * it on the staff workbench and refer it to the authority that acts, or turn it down with a reason; the reporter
 * follows it at {@code /reports/<tracking number>}. Its one table lives in the schema {@code REPORTS}. Not in the
 * default distribution: install its jar through the console or drop it into {@code deploy/}
 * ({@code examples/README.md}).
 */
@Schema("REPORTS")
package org.onestop.reports.internal;

import org.onestop.api.schema.Schema;
