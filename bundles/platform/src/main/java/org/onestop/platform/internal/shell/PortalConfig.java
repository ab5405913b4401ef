package org.onestop.platform.internal.shell;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The portal's name as the header and the browser title show it; edits take effect without restart. */
@ObjectClassDefinition(name = "OneStop portal", description = "Portal title shown in the header of every page")
public @interface PortalConfig {

    String PID = "org.onestop.portal";

    @AttributeDefinition(description = "Title in Chinese")
    String title_zh() default "知识产权一站式服务大厅";

    @AttributeDefinition(description = "Title in English")
    String title_en() default "IP One-Stop Service Hall";
}
