/**
 * The example of a whole module on the SDK: enquiries to the centre's assistance officers as a case workflow,
 * opened with a file under {@code /api/sample/enquiries} and on the page {@code /sample}, worked on the staff
 * workbench. Its one table lives in the schema {@code SAMPLE}. Not in the default distribution: drop its jar into a
 * gateway's {@code deploy/} folder ({@code examples/README.md}).
 */
@Schema("SAMPLE")
package org.onestop.casework.internal;

import org.onestop.api.schema.Schema;
