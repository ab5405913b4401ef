package org.onestop.cases.internal.cases;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How often the deadline watch looks for cases due soon or overdue. */
@ObjectClassDefinition(name = "OneStop deadline watch",
        description = "Escalation of cases whose deadlines are due within a working day or have run out")
public @interface WatchConfig {

    String PID = "org.onestop.platform.cases";

    @AttributeDefinition(description = "Minutes between two looks at the deadlines (at least 1)")
    int watch_interval_minutes() default 10;
}
