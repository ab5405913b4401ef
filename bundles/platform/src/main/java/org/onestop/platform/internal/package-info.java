/**
 * The platform's implementations. Its own tables (accounts, sessions, audit trail, mail outbox) live in the
 * schema {@code PLATFORM}, built by the scripts in {@code db/migration}.
 */
@Schema("PLATFORM")
package org.onestop.platform.internal;

import org.onestop.api.schema.Schema;
