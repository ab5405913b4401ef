package org.onestop.platform.internal.web;

import java.util.List;

import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Reads an {@code Accept} header that cannot be parsed (a weight that is no number, a type without subtype) as
 * absent, before the request is matched: the caller gets the route's answer, or its refusal as a problem document,
 * instead of an empty 400 that Jersey cannot give a body because it cannot tell what the caller accepts.
 */
@Component(service = ContainerRequestFilter.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class AcceptHeader implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && !readable(accept)) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        }
    }

    /** Whether every media range of the header's values can be read. */
    static boolean readable(List<String> values) {
        try {
            for (String value : values) {
                for (String range : value.split(",")) {
                    if (!range.isBlank()) {
                        MediaType type = MediaType.valueOf(range.trim());
                        String q = type.getParameters().get("q");
                        if (q != null && !q.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
