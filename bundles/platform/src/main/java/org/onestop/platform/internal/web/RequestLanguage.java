package org.onestop.platform.internal.web;

import java.util.function.Supplier;

import org.glassfish.jersey.server.ContainerRequest;
import org.onestop.api.i18n.Language;

import jakarta.inject.Inject;
import jakarta.inject.Provider;

/** Supplies the {@link Language} of the current request to resource methods that ask with {@code @Context}. */
public final class RequestLanguage implements Supplier<Language> {

    private final Provider<ContainerRequest> request;

    @Inject
    public RequestLanguage(Provider<ContainerRequest> request) {
        this.request = request;
    }

    @Override
    public Language get() {
        return LanguageChoice.of(request.get());
    }
}
