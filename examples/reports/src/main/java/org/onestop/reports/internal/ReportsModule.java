package org.onestop.reports.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's tile on the home page, shown while reports can be filed (the case engine and the schema are there). */
@Component
public final class ReportsModule implements ServiceModule {

    @Activate
    public ReportsModule(@Reference ReportIntake intake) {
        // present only while reports can be filed
    }

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ReportWorkflow.MODULE, "icon.svg", 96);
    }
}
