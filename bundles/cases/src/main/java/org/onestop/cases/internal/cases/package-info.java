/**
 * Cases: the workflow engine behind {@code org.onestop.api.cases}, tracking numbers, timelines, deadline clocks and
 * their watch, drafts and idempotency keys. The case family's schema {@code CASES} is declared here.
 */
@Schema("CASES")
package org.onestop.cases.internal.cases;

import org.onestop.api.schema.Schema;
