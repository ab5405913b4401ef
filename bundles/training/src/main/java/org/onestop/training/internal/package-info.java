/**
 * Training enrolment (教育培训): trainers publish courses with sessions, innovators enrol themselves, a full session
 * keeps a waitlist whose first person is offered a freed place for a limited time. Its tables live in the schema
 * {@code TRAINING}; notifications, mail and the audit trail are the platform's.
 */
@Schema("TRAINING")
package org.onestop.training.internal;

import org.onestop.api.schema.Schema;
