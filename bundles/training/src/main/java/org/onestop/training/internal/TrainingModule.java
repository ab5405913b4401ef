package org.onestop.training.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tile of training enrolment, shown while people can enrol (the schema and the waitlist are there). */
@Component
public final class TrainingModule implements ServiceModule {

    static final String ID = "training";

    @Activate
    public TrainingModule(@Reference Waitlist waitlist) {
        // present only while enrolments can be taken
    }

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "icon.svg", 50);
    }
}
