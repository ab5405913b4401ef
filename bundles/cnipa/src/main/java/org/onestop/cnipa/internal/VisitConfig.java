package org.onestop.cnipa.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The window's time limit for pre-checked visits. */
@ObjectClassDefinition(name = "OneStop pre-checked window visits", description = "The clerk's time to answer")
public @interface VisitConfig {

    String PID = "org.onestop.cnipa.visits";

    @AttributeDefinition(description = "Working days a window clerk has to answer a submission of the materials")
    int answer_days() default 2;
}
