package org.onestop.lookup.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of data lookup: export limit, import limits, where the index lives and where seed data comes from. */
@ObjectClassDefinition(name = "OneStop data lookup", description = "Patent search, classes, GIs, statistics")
public @interface LookupConfig {

    String PID = "org.onestop.lookup";

    @AttributeDefinition(description = "Most records one CSV export of a result list holds")
    int export_limit() default 5000;

    @AttributeDefinition(description = "Largest file a staff import accepts, in megabytes")
    int import_maxMegabytes() default 2048;

    @AttributeDefinition(description = "Records written to the database in one transaction during an import")
    int import_batch() default 5000;

    @AttributeDefinition(description = "Folder of the patent index; empty for <data>/lookup/patent-index")
    String index_dir() default "";

    @AttributeDefinition(description = "Seconds between two looks at the patent table for records another gateway"
            + " node wrote (several nodes on one database); 0 for none")
    int index_follow_seconds() default 2;

    @AttributeDefinition(description = "Folder whose files replace the bundle's seed data (indicators.csv,"
            + " geographical-indications.json) on first start; empty for the bundle's own")
    String seed_dir() default "";
}
