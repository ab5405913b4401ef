/**
 * The platform's implementations. Its own tables (accounts, sessions, audit trail, cases) live in the schema
 * {@code PLATFORM}, built by the scripts in {@code db/migration}. The mail outbox is the bundle {@code mail} (schema
 * {@code MAIL}); the table {@code MAIL_OUTBOX} of V3 stays, emptied when the mail bundle moves its rows over.
 */
@Schema("PLATFORM")
package org.onestop.platform.internal;

import org.onestop.api.schema.Schema;
