/**
 * The service hall's queue (取号叫号): the hall's services and counters, numbers taken online, at the kiosk or at
 * reception, appointments, the clerks' calls at the counters and the display board. Its tables live in the schema
 * {@code TICKETING}; accounts, the audit trail, notifications and ratings are the platform's.
 */
@Schema("TICKETING")
package org.onestop.ticketing.internal;

import org.onestop.api.schema.Schema;
