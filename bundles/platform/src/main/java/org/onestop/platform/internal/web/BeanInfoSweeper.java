package org.onestop.platform.internal.web;

import java.beans.Introspector;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Empties the JDK's bean-introspection cache whenever a bundle's classes are discarded (the bundle updated, refreshed
 * or uninstalled). Freemarker asks {@link Introspector} about every page model's class, and the JDK keeps the answer
 * under a soft reference to the class: a full GC leaves it, so every generation of an updated module's page models
 * (and so its class loader, with all of its classes) would stay until the heap runs short. Forgetting them all is
 * cheap: the cache is filled again by the next page of each kind.
 */
@Component(service = {}, immediate = true)
public final class BeanInfoSweeper {

    private final BundleContext context;
    private final SynchronousBundleListener sweeper = event -> {
        if (event.getType() == BundleEvent.UNRESOLVED || event.getType() == BundleEvent.UNINSTALLED) {
            Introspector.flushCaches();
        }
    };

    @Activate
    public BeanInfoSweeper(BundleContext context) {
        this.context = context;
        context.addBundleListener(sweeper);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(sweeper);
    }
}
