package org.onestop.info.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the centre's information on the home page, first among the tiles, for as long as its pages can be served
 * (they need the module's schema, so no database means no tile).
 */
@Component
public final class InfoModule implements ServiceModule {

    @Activate
    public InfoModule(@Reference InfoPages pages) {
        // present only while the pages are
    }

    static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor("info", "icon.svg", 10);

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
