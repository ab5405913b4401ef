package org.onestop.info.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;

/** Puts the centre's information on the home page, first among the tiles. */
@Component
public final class InfoModule implements ServiceModule {

    static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor("info", "icon.svg", 10);

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
