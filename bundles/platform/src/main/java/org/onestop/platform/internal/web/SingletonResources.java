package org.onestop.platform.internal.web;

import java.util.List;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Serves each resource of the application from its one component instance. Every resource is a singleton DS
 * component, but the REST whiteboard also binds, for every resource class, a factory that on each request takes the
 * instance from the service registry again, injects it anew and gives it back after the answer (under a lock per
 * class): work on every request for the object it already holds. Bound above that factory, the instance itself is
 * what the request gets. When a module comes, goes or is replaced the whiteboard builds the application again, and
 * this binds that application's instances.
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class SingletonResources implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        List<Object> resources = context.getConfiguration().getInstances().stream()
                .filter(instance -> instance.getClass().isAnnotationPresent(Path.class)).toList();
        context.register(new AbstractBinder() {
            @Override
            protected void configure() {
                resources.forEach(this::bindAbove);
            }

            @SuppressWarnings("unchecked")
            private <T> void bindAbove(T resource) {
                bind(resource).to((Class<T>) resource.getClass()).ranked(Integer.MAX_VALUE);
            }
        });
        return true;
    }
}
