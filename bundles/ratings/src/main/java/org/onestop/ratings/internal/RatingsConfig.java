package org.onestop.ratings.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of service ratings. */
@ObjectClassDefinition(name = "OneStop service ratings", description = "Follow-up time limit, target, home page")
public @interface RatingsConfig {

    String PID = "org.onestop.ratings";

    @AttributeDefinition(description = "Working days supervisors have to answer a bad review in writing")
    int follow_up_days() default 15;

    @AttributeDefinition(description = "The satisfaction target on the 100-point scale (the region's 2025 target"
            + " for satisfaction with IP protection: 83)")
    int target() default 83;

    @AttributeDefinition(description = "Whether the public page of ratings (linked from the home page's tile) shows"
            + " the month's satisfaction per service")
    boolean public_satisfaction() default false;
}
