/**
 * The information module: news and notices, the service guide and the centre's contact details, as pages under
 * {@code /info} and JSON under {@code /api/info}. Its tables live in the schema {@code INFO}.
 */
@Schema("INFO")
package org.onestop.info.internal;

import org.onestop.api.schema.Schema;
