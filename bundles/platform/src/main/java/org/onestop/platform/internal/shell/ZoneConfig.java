package org.onestop.platform.internal.shell;

/**
 * The one setting of the working calendar's configuration that the core reads: the centre's time zone. The case
 * bundle describes the whole configuration (its metatype) and counts working days in the same zone.
 */
public @interface ZoneConfig {

    String PID = "org.onestop.platform.calendar";

    String DEFAULT = "Asia/Shanghai";

    /** The centre's time zone, e.g. {@code Asia/Shanghai}. */
    String time_zone() default DEFAULT;
}
