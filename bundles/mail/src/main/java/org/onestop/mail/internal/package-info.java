/**
 * The mail outbox and its courier. The outbox's table lives in the schema {@code MAIL}, built by the scripts in
 * {@code db/migration}; mail a gateway queued in {@code PLATFORM.MAIL_OUTBOX} before the outbox became a bundle of
 * its own is moved over when the outbox starts ({@link EarlierOutbox}).
 */
@Schema("MAIL")
package org.onestop.mail.internal;

import org.onestop.api.schema.Schema;
