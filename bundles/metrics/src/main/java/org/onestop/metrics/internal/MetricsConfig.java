package org.onestop.metrics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Who may read {@code /metrics} besides operators signed in ({@code config/org.onestop.metrics.cfg}). */
@ObjectClassDefinition(name = "OneStop metrics",
        description = "Who may read /metrics besides operators signed in")
public @interface MetricsConfig {

    String PID = "org.onestop.metrics";

    @AttributeDefinition(name = "Public", description = "true: anyone may read /metrics (put it behind a firewall)")
    boolean public_access() default false;

    @AttributeDefinition(name = "Allowed addresses",
            description = "client addresses, comma separated (e.g. the Prometheus server's, 127.0.0.1), that may"
                    + " read /metrics without signing in")
    String[] allowed_addresses() default {};
}
