/**
 * Data lookup (数据监测与查询): patent search and import, the Nice classification, geographical indications and IP
 * statistics, as pages under {@code /lookup} and JSON under {@code /api/lookup}. Its tables live in the schema
 * {@code LOOKUP}; the patent full-text index under the gateway's data folder is derived from them.
 */
@Schema("LOOKUP")
package org.onestop.lookup.internal;

import org.onestop.api.schema.Schema;
