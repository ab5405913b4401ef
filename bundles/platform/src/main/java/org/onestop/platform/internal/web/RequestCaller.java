package org.onestop.platform.internal.web;

import java.util.function.Supplier;

import org.glassfish.jersey.server.ContainerRequest;
import org.onestop.api.identity.Caller;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Supplies the {@link Caller} of the current request to resource methods that ask with {@code @Context}. */
public final class RequestCaller implements Supplier<Caller> {

    private final Provider<ContainerRequest> request;

    @Inject
    public RequestCaller(Provider<ContainerRequest> request) {
        this.request = request;
    }

    @Override
    public Caller get() {
        return of(request.get());
    }

    /** The caller of {@code request}: anonymous when the request did not pass the gate. */
    static Caller of(ContainerRequestContext request) {
        Visit visit = Visit.of(request);
        return visit == null ? Caller.anonymous("") : visit.caller();
    }
}
