package org.onestop.cases.internal.calendar;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The centre's working days: its time zone, the weekly days off, the public holidays and the make-up working days
 * (调休) of the State Council's yearly schedule. Lists are comma separated; an entry is a date ({@code 2026-05-09})
 * or an inclusive range ({@code 2026-02-15..2026-02-23}). Edits take effect without restart.
 */
@ObjectClassDefinition(name = "OneStop working calendar",
        description = "Weekends, public holidays and make-up working days that deadlines are counted in")
public @interface CalendarConfig {

    String PID = "org.onestop.platform.calendar";

    @AttributeDefinition(description = "Time zone of the centre, which decides what today is")
    String time_zone() default "Asia/Shanghai";

    @AttributeDefinition(description = "Days of the week off, comma separated, e.g. SATURDAY,SUNDAY")
    String weekend_days() default "SATURDAY,SUNDAY";

    @AttributeDefinition(description = "Public holidays off: dates or ranges such as 2026-10-01..2026-10-07, "
            + "comma separated")
    String holidays() default "";

    @AttributeDefinition(description = "Make-up working days (调休) that would otherwise be days off, comma "
            + "separated")
    String workdays() default "";
}
