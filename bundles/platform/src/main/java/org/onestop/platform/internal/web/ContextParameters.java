package org.onestop.platform.internal.web;

import java.util.function.Function;

import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;

/**
 * Gives a resource method's {@code @Context Language} and {@code @Context Caller} parameters their values straight
 * from the request, ahead of the REST runtime's general {@code @Context} resolution (which looks the supplier up and
 * creates its value through the injection container on every call).
 */
final class ContextParameters implements ValueParamProvider {

    @Override
    public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
        if (parameter.getSource() != Parameter.Source.CONTEXT) {
            return null;
        }
        if (parameter.getRawType() == Language.class) {
            return LanguageChoice::of;
        }
        if (parameter.getRawType() == Caller.class) {
            return RequestCaller::of;
        }
        return null;
    }

    @Override
    public PriorityType getPriority() {
        return Priority.HIGH;
    }
}
