package org.onestop.assistance.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tile of rights-protection assistance, shown while applications can be taken (cases and schema are there). */
@Component
public final class AssistanceModule implements ServiceModule {

    @Activate
    public AssistanceModule(@Reference ApplicationIntake intake) {
        // present only while applications can be taken
    }

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(AssistanceWorkflow.MODULE, "icon.svg", 30);
    }
}
