package org.onestop.ratings.internal;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tile of service ratings, shown while ratings can be kept (their schema is there). */
@Component
public final class RatingsModule implements ServiceModule {

    static final String ID = "ratings";

    @Activate
    public RatingsModule(@Reference RatingStore store) {
        // present only while ratings can be kept
    }

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "icon.svg", 90);
    }
}
