package org.onestop.training.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The centre's rules for enrolment: how long an offered place waits, until when attendees may cancel. */
@ObjectClassDefinition(name = "OneStop training", description = "Waitlist offers and cancellations of enrolments")
public @interface TrainingConfig {

    String PID = "org.onestop.training";

    @AttributeDefinition(description = "Hours the first person of a waitlist has to confirm a freed place before"
            + " it is offered to the next (never past the session's start)")
    int offer_hours() default 24;

    @AttributeDefinition(description = "Hours before a session's start after which an attendee can no longer cancel"
            + " a place")
    int cancel_cutoff_hours() default 24;

    @AttributeDefinition(description = "Minutes between two sweeps that pass unconfirmed offers on")
    int sweep_minutes() default 5;

    @AttributeDefinition(description = "Hours before a session's start at which each confirmed attendee is reminded"
            + " in the app and by mail (once); 0 sends no reminders")
    int reminder_hours() default 24;

    @AttributeDefinition(description = "The centre's name as it signs certificates of attendance")
    String centre_name() default "知识产权保护中心";
}
