package org.onestop.cases.internal.attachment;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How much and what the gateway accepts as attachments, and where it keeps them. Edits take effect without
 * restart.
 */
@ObjectClassDefinition(name = "OneStop attachments", description = "Limits, accepted types and folder of attachments")
public @interface AttachmentConfig {

    String PID = "org.onestop.platform.attachments";

    @AttributeDefinition(description = "Largest file accepted, in MB (1 MB = 1,048,576 bytes)")
    int max_file_mb() default 20;

    @AttributeDefinition(description = "Largest total of the files of one case (and of one upload), in MB")
    int max_case_mb() default 100;

    @AttributeDefinition(description = "Types accepted, decided by content, comma separated: pdf, png, jpeg")
    String accepted_types() default "pdf,png,jpeg";

    @AttributeDefinition(description = "Folder of stored files; empty: <data>/attachments. Never a served folder")
    String folder() default "";

    @AttributeDefinition(description = "Days a file stored but never attached (nor kept with a draft) is kept")
    int held_days() default 7;

    @AttributeDefinition(description = "Largest total of the files one account holds (stored, not yet attached to a "
            + "case), in MB")
    int held_max_mb() default 200;

    @AttributeDefinition(description = "Files one account may upload per hour")
    int uploads_per_hour() default 60;
}
