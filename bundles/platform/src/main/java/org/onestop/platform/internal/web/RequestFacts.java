package org.onestop.platform.internal.web;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Makes {@code @Context Language} and {@code @Context Caller} available to resource methods of every module. One
 * supplier of each serves all requests; it reads the current request through the provider Jersey injects. A
 * resource method's parameters get theirs without the injection container ({@link ContextParameters}).
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class RequestFacts implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bindFactory(RequestLanguage.class, Singleton.class).to(Language.class);
                bindFactory(RequestCaller.class, Singleton.class).to(Caller.class);
                bind(new ContextParameters()).to(ValueParamProvider.class);
            }
        });
        return true;
    }
}
