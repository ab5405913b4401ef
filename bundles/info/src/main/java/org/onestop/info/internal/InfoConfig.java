package org.onestop.info.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The centre's contact details as the contact page shows them, and where the first-start content is. */
@ObjectClassDefinition(name = "OneStop information", description = "Contact details of the centre")
public @interface InfoConfig {

    String PID = "org.onestop.info";

    @AttributeDefinition(description = "Service telephone")
    String contact_phone() default "";

    @AttributeDefinition(description = "IP rights-protection hotline")
    String contact_hotline() default "12330";

    @AttributeDefinition(description = "E-mail address")
    String contact_email() default "";

    @AttributeDefinition(description = "Postal address in Chinese")
    String contact_address_zh() default "";

    @AttributeDefinition(description = "Postal address in English")
    String contact_address_en() default "";

    @AttributeDefinition(description = "Opening hours in Chinese")
    String contact_hours_zh() default "";

    @AttributeDefinition(description = "Opening hours in English")
    String contact_hours_en() default "";

    @AttributeDefinition(description = "Folder of the content loaded into empty tables on first start; "
            + "empty for <installation>/content/info")
    String seed_dir() default "";
}
