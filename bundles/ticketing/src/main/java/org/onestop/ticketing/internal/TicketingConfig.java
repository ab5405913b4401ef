package org.onestop.ticketing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The hall's rules: its opening hours and break (closed days are the working calendar's), how far ahead numbers
 * and appointments are given, how often a number is called before it is a no-show, and the words the board speaks.
 */
@ObjectClassDefinition(name = "OneStop ticketing", description = "The service hall's queue: hours, appointments,"
        + " calls and the display board")
public @interface TicketingConfig {

    String PID = "org.onestop.ticketing";

    @AttributeDefinition(description = "When the hall opens on a working day, HH:mm in the centre's zone")
    String opens() default "09:00";

    @AttributeDefinition(description = "When the hall closes on a working day, HH:mm in the centre's zone")
    String closes() default "17:00";

    @AttributeDefinition(description = "The midday break, HH:mm-HH:mm in the centre's zone; blank for none")
    String break_time() default "12:00-13:30";

    @AttributeDefinition(description = "How many working days ahead a number or an appointment can be taken online")
    int days_ahead() default 7;

    @AttributeDefinition(description = "How many times a number is called (the first call and the recalls) before"
            + " the clerk may mark it a no-show; the last no-show is final")
    int calls_before_no_show() default 3;

    @AttributeDefinition(description = "Minutes before its slot's start from which an appointment can be checked in")
    int check_in_early_minutes() default 30;

    @AttributeDefinition(description = "The words the display board speaks for a call; {number} and {counter} are"
            + " replaced")
    String call_words() default "请 {number} 号到 {counter} 号窗口";

    @AttributeDefinition(description = "The network addresses of the hall's kiosks (comma separated): numbers are"
            + " taken at the kiosk only from these")
    String kiosk_addresses() default "127.0.0.1,::1";

    @AttributeDefinition(description = "How many numbers a visitor who is not signed in may take online in an hour"
            + " from one network address")
    int anonymous_takes_per_hour() default 3;
}
