/**
 * An example module that only declares a workflow: enquiries to the centre's assistance officers, opened as cases
 * under {@code /api/sample/enquiries} and the page {@code /sample}, worked on the staff workbench. Its one table
 * lives in the schema {@code SAMPLE}. Not in the default distribution; tests drop its jar into {@code deploy/}.
 */
@Schema("SAMPLE")
package org.onestop.casework.internal;

import org.onestop.api.schema.Schema;
