package org.onestop.api.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;
import org.osgi.annotation.bundle.Requirement;

/**
 * Declares that a bundle owns a database schema, built by versioned SQL scripts it ships. Put it on any class or
 * package of the bundle, for example {@code @Schema("INFO")}.
 *
 * <p>When the bundle starts, the platform applies the scripts found in the bundle folder {@link #scripts()}
 * (default {@value #DEFAULT_SCRIPTS}) that are not applied yet, in version order, each in its own transaction, and
 * records them. Scripts are named {@code V<version>__<description>.sql} (for example {@code V1__news.sql}); an
 * applied script must never change. Statements end with {@code ;} and use portable SQL (Derby and PostgreSQL).
 *
 * <p>Once the schema is up to date, the platform registers a {@code javax.sql.DataSource} service whose
 * connections have this schema as their current one, with the service property {@link #DATASOURCE_PROPERTY}
 * set to the schema name: reference it with the target {@code (onestop.schema=INFO)}. If a script fails, that
 * data source never appears, the bundle is stopped and the log names the script and the reason; the rest of
 * the gateway keeps serving.
 */
@Capability(namespace = Schema.NAMESPACE)
@Requirement(namespace = "osgi.extender", name = Schema.EXTENDER, version = "1.0.0")
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Schema {

    /** Capability namespace under which a bundle declares its schema. */
    String NAMESPACE = "onestop.schema";

    /** Name of the platform extender that applies the scripts. */
    String EXTENDER = "onestop.schema";

    /** Service property naming the schema of a module's data source. */
    String DATASOURCE_PROPERTY = "onestop.schema";

    /** Attribute holding the folder of the scripts. */
    String SCRIPTS_ATTRIBUTE = "scripts";

    /** Where scripts are unless the declaration says otherwise. */
    String DEFAULT_SCRIPTS = "db/migration";

    /** The schema name, upper case, for example {@code INFO}. */
    @Attribute(NAMESPACE)
    String value();

    /** Folder of the scripts inside the bundle. */
    @Attribute(SCRIPTS_ATTRIBUTE)
    String scripts() default DEFAULT_SCRIPTS;
}
