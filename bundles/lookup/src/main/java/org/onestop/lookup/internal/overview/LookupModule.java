package org.onestop.lookup.internal.overview;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.onestop.lookup.internal.patent.PatentPages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts data lookup (数据监测与查询) on the home page for as long as its pages can be served (they need the module's
 * schema and the patent index, so no database means no tile).
 */
@Component
public final class LookupModule implements ServiceModule {

    static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor("lookup", "icon.svg", 40);

    @Activate
    public LookupModule(@Reference PatentPages pages) {
        // present only while the pages are
    }

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
