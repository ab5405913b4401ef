package org.onestop.hello.internal;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** A page at {@code /hello} and its JSON twin at {@code /api/hello}. */
@Component(service = HelloResource.class, immediate = true)
@Access(Audience.ANYONE)
@ModuleResource
@Path("")
public final class HelloResource {

    private final Messages messages;

    @Activate
    public HelloResource(@Reference Messages messages) {
        this.messages = messages;
    }

    @GET
    @Path("hello")
    @Produces(MediaType.TEXT_HTML)
    public View page() {
        return View.of("hello/greeting");
    }

    @GET
    @Path("api/hello")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> greeting(@Context Language language) {
        return Map.of("greeting", messages.text(language, "hello.greeting"));
    }
}
