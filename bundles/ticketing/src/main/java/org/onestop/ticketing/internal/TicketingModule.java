package org.onestop.ticketing.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tile of the hall's queue, shown while numbers can be taken (the schema is there). */
@Component
public final class TicketingModule implements ServiceModule {

    static final String ID = "ticketing";

    @Activate
    public TicketingModule(@Reference Hall hall) {
        // present only while the hall's tables are
    }

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "icon.svg", 55);
    }
}
