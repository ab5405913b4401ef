package org.onestop.platform.internal.web;

import java.util.Map;

import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationBase;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import jakarta.ws.rs.core.Application;

/**
 * The gateway's one JAX-RS application, at the root of the site. The platform's resources and every module's
 * resources join it by selecting {@link ServiceModule#APPLICATION_SELECT}. Ranked above the whiteboard's default
 * application, which would otherwise hold the same base.
 */
@Component(service = Application.class, property = "service.ranking:Integer=100")
@JakartarsApplicationBase("/")
@JakartarsName(ServiceModule.APPLICATION)
public final class GatewayApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
