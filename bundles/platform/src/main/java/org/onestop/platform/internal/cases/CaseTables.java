package org.onestop.platform.internal.cases;

import org.onestop.api.schema.Schema;

/**
 * Where the tables of the case family (cases, casework, attachments, notifications) are: {@code CASE_SEQUENCE},
 * {@code CASE_FILE}, {@code CASE_EVENT}, {@code CASE_CLOCK}, {@code CASE_IDEMPOTENCY}, {@code CASE_DRAFT},
 * {@code CASE_ATTACHMENT} and {@code NOTIFICATION}, built by the platform's scripts in the schema {@code PLATFORM}.
 * The family names that data source through the api, as a module names its own, so that it needs nothing of the
 * platform's database code.
 */
public final class CaseTables {

    /** Target of the data source that holds the case family's tables. */
    public static final String DATA_SOURCE = "(" + Schema.DATASOURCE_PROPERTY + "=PLATFORM)";

    private CaseTables() {
    }
}
