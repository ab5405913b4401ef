/**
 * The patent office's business at the centre (国家知识产权局业务办理): the catalogue of the patent office's business the
 * centre handles or guides, the fee calculator, and window visits whose materials are checked before the visit. Its
 * tables live in the schema {@code CNIPA}; cases, accounts, the audit trail and ratings are the platform's.
 */
@Schema("CNIPA")
package org.onestop.cnipa.internal;

import org.onestop.api.schema.Schema;
