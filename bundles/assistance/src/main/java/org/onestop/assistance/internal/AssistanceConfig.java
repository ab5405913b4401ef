package org.onestop.assistance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The centre's time limits for rights-protection assistance. */
@ObjectClassDefinition(name = "OneStop rights-protection assistance", description = "Time limits")
public @interface AssistanceConfig {

    String PID = "org.onestop.assistance";

    @AttributeDefinition(description = "Working days of the acceptance review, from submission to decision (paused"
            + " while supplements are awaited)")
    int acceptance_days() default 5;

    @AttributeDefinition(description = "Working days the applicant has to send the supplements asked for; the"
            + " application is closed when they run out")
    int supplement_days() default 10;
}
