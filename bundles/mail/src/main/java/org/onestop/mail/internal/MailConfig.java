package org.onestop.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How the outbox sends mail. Without an SMTP host nothing is sent: mail stays in the outbox, where operators can
 * read it. Edits take effect without restart.
 */
@ObjectClassDefinition(name = "OneStop mail", description = "The SMTP server and sender of the mail outbox")
public @interface MailConfig {

    String PID = "org.onestop.platform.mail";

    @AttributeDefinition(description = "SMTP server host; empty: nothing is sent, mail waits in the outbox")
    String smtp_host() default "";

    @AttributeDefinition(description = "SMTP server port")
    int smtp_port() default 587;

    @AttributeDefinition(description = "Require STARTTLS before authenticating and sending")
    boolean smtp_starttls() default true;

    @AttributeDefinition(description = "SMTP user name; empty: no authentication")
    String smtp_username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "SMTP password")
    String smtp_password() default "";

    @AttributeDefinition(description = "Sender address (From)")
    String sender_address() default "noreply@ipcentre.example.cn";

    @AttributeDefinition(description = "Sender name shown to recipients")
    String sender_name() default "知识产权一站式服务大厅";

    @AttributeDefinition(description = "Seconds between two looks for mail to send")
    int interval_seconds() default 30;

    @AttributeDefinition(description = "Attempts before a mail is given up as FAILED")
    int max_attempts() default 8;
}
