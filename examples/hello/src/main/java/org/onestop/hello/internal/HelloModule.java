package org.onestop.hello.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;

/** The example module's tile: its id names its paths, texts, templates and icon. */
@Component
public final class HelloModule implements ServiceModule {

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor("hello", "icon.svg", 90);
    }
}
