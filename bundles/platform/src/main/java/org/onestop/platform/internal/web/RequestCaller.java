package org.onestop.platform.internal.web;

import java.util.function.Supplier;

import org.glassfish.jersey.server.ContainerRequest;
import org.onestop.api.identity.Caller;

import jakarta.inject.Inject;
import jakarta.inject.Provider;

/** Supplies the {@link Caller} of the current request to resource methods that ask with {@code @Context}. */
public final class RequestCaller implements Supplier<Caller> {

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
