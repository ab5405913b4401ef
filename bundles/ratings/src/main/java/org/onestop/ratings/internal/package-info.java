/**
 * Service ratings (好差评, "一事一评"): when a case of any module closes into a status its case type declares, the
 * applicant is invited to rate the service once, on five levels with the declared dimensions and a comment; a bad
 * review opens a follow-up for supervisors, answered in writing; supervisors see satisfaction by module, month and
 * staff member against the region's target. Its tables live in the schema {@code RATINGS}; cases, notifications
 * and the audit trail are the platform's.
 */
@Schema("RATINGS")
package org.onestop.ratings.internal;

import org.onestop.api.schema.Schema;
