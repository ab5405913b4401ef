package org.onestop.preexam.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;

/** Puts patent pre-examination (专利预审) on the home page and in the navigation. */
@Component
public final class PreexamModule implements ServiceModule {

    static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor("preexam", "icon.svg", 10);

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
