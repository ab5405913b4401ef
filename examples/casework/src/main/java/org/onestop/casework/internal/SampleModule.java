package org.onestop.casework.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The example module's tile, shown while enquiries can be opened (the case engine and the schema are there). */
@Component
public final class SampleModule implements ServiceModule {

    @Activate
    public SampleModule(@Reference EnquiryIntake intake) {
        // present only while enquiries can be opened
    }

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(EnquiryWorkflow.MODULE, "icon.svg", 95);
    }
}
