package org.onestop.platform.internal.web;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.onestop.api.identity.Access;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Reads the {@link Access} declaration of every resource method of every module (the method's, else its
 * class's) and puts an {@link AccessCheck} in front of it. A method that declares nothing gets a check that
 * refuses everybody, and the log names it.
 */
@Component(service = DynamicFeature.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class AccessRules implements DynamicFeature {

    /** Refuses only while the shaping that writes a {@link Failure} is there (never a 500 at start). */
    @Reference(target = ModuleResource.SHAPER_SELECT)
    private ContainerResponseFilter shaping;

    private static final Logger LOG = LoggerFactory.getLogger(AccessRules.class);
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceClass().getName().startsWith("org.glassfish.jersey.")) {
            return; // Jersey's own answers to OPTIONS, which show no data
        }
        Access access = declaration(resource.getResourceClass(), resource.getResourceMethod());
        if (access == null) {
            String route = resource.getResourceClass().getName() + "." + resource.getResourceMethod().getName();
            if (reported.add(route)) {
                LOG.warn("Route {} declares no @Access: it is refused to everybody", route);
            }
        }
        context.register(new AccessCheck(access), Priorities.AUTHORIZATION);
    }

    static Access declaration(Class<?> type, Method method) {
        Access onMethod = method.getAnnotation(Access.class);
        return onMethod != null ? onMethod : type.getAnnotation(Access.class);
    }
}
