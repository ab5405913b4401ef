package org.onestop.platform.internal.web;

import java.util.function.Supplier;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ContainerRequest;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/** Makes {@code @Context Caller} available to resource methods of every module. */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class CallerFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bindFactory(RequestCaller.class, Singleton.class).to(Caller.class);
            }
        });
        return true;
    }

    /** Supplies the {@link Caller} of the current request. */
    public static final class RequestCaller implements Supplier<Caller> {

        private final Provider<ContainerRequest> request;

        @Inject
        public RequestCaller(Provider<ContainerRequest> request) {
            this.request = request;
        }

        @Override
        public Caller get() {
            Visit visit = Visit.of(request.get());
            return visit == null ? Caller.anonymous("") : visit.caller();
        }
    }
}
