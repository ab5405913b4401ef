package org.onestop.platform.internal.db;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the gateway's database is. Empty URL: embedded Derby in {@code <data folder>/db}. */
@ObjectClassDefinition(name = "OneStop database", description = "The one database every bundle's schema lives in")
public @interface DatabaseConfig {

    String PID = "org.onestop.platform.database";

    @AttributeDefinition(description = "JDBC URL (jdbc:postgresql://host:5432/onestop); empty for embedded Derby"
            + " under the data folder")
    String url() default "";

    @AttributeDefinition(description = "The JDBC driver class whose DataSourceFactory opens the URL; empty for the"
            + " one known for the URL (org.postgresql.Driver for jdbc:postgresql:)")
    String driver() default "";

    @AttributeDefinition(description = "Database user; empty for none")
    String user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Database password; empty for none")
    String password() default "";

    @AttributeDefinition(description = "Most connections open at once")
    int pool_size() default 10;
}
