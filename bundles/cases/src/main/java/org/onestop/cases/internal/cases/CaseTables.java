package org.onestop.cases.internal.cases;

import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The case family's tables, in its own schema {@code CASES} (see this package's {@code @Schema}): {@code CASE_SEQUENCE},
 * {@code CASE_FILE}, {@code CASE_EVENT}, {@code CASE_CLOCK}, {@code CASE_IDEMPOTENCY}, {@code CASE_DRAFT},
 * {@code CASE_ATTACHMENT} and {@code NOTIFICATION}. Once the schema is built and the platform's is too (its accounts
 * are read beside the cases), the rows of a gateway from before this schema are moved over ({@link EarlierCases}),
 * and only then the family's data source is offered to the family, under {@link #DATA_SOURCE}: no case is read or
 * written before the earlier ones are in place.
 */
@Component(service = {}, immediate = true)
public final class CaseTables {

    /** Target of the data source that holds the case family's tables, once they hold every earlier row. */
    public static final String DATA_SOURCE = "(onestop.cases=ready)";

    private final ServiceRegistration<DataSource> registration;

    @Activate
    public CaseTables(BundleContext context,
            @Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=CASES)") DataSource cases,
            @Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=PLATFORM)") DataSource platform)
            throws SQLException {
        EarlierCases.moveInto(cases);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("onestop.cases", "ready");
        this.registration = context.registerService(DataSource.class, cases, properties);
    }

    @Deactivate
    void close() {
        registration.unregister();
    }
}
