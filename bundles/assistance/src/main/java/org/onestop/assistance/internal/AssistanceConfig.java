package org.onestop.assistance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The centre's time limits for rights-protection assistance. */
@ObjectClassDefinition(name = "OneStop rights-protection assistance", description = "Time limits and the centre's name on opinions")
public @interface AssistanceConfig {

    String PID = "org.onestop.assistance";

    @AttributeDefinition(description = "Working days of the acceptance review, from submission to decision (paused"
            + " while supplements are awaited)")
    int acceptance_days() default 5;

    @AttributeDefinition(description = "Working days the applicant has to send the supplements asked for; the"
            + " application is closed when they run out")
    int supplement_days() default 10;

    @AttributeDefinition(description = "Calendar days of handling, from acceptance to closing")
    int handling_days() default 90;

    @AttributeDefinition(description = "Calendar days of handling for a case an officer marks complex (at least"
            + " handling.days)")
    int complex_days() default 120;

    @AttributeDefinition(description = "Calendar days between two progress feedbacks to the applicant, from"
            + " acceptance and from each feedback")
    int feedback_days() default 30;

    @AttributeDefinition(description = "The centre's name as its opinions (意见书) print it")
    String centre_name() default "知识产权保护中心";
}
