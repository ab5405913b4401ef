package org.onestop.platform.internal.web;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;

/**
 * Puts a check in front of every resource method that reads form fields ({@code @FormParam}): a body of another
 * type (JSON, plain text, none declared) is refused with 415 as a page or problem document, instead of Jersey
 * failing to read the fields with a 500. The check comes after the access check, so that who may not post there
 * learns only that.
 */
@Component(service = DynamicFeature.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class FormBodies implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod() != null && readsFormFields(resource.getResourceMethod())) {
            context.register((ContainerRequestFilter) request -> {
                if (!isForm(request.getMediaType())) {
                    throw new NotSupportedException();
                }
            }, Priorities.AUTHORIZATION + 1);
        }
    }

    static boolean readsFormFields(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(FormParam.class));
    }

    static boolean isForm(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }
}
