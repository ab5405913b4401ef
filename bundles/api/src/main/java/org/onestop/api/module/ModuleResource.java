package org.onestop.api.module;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;
import org.osgi.service.jakartars.whiteboard.annotations.RequireJakartarsWhiteboard;

/**
 * Makes a DS component a resource of the gateway's one JAX-RS application, in place of {@code @JakartarsResource}
 * and {@code @JakartarsApplicationSelect}: it joins the application named {@link ServiceModule#APPLICATION} and
 * waits for the gateway's JSON reader and writer ({@value #JSON_WRITER}), so that a JSON endpoint answers JSON
 * from its first request, for the shaping of pages and problem documents ({@value #SHAPER}), and for the gate that
 * notes who is visiting and refuses forged requests ({@value #GATE}), so that no request reaches it unchecked. Put it
 * on the resource class beside {@code @Component} and {@code @Path}:
 *
 * <pre>{@code
 * @Component(service = NewsApi.class, immediate = true)
 * @ModuleResource
 * @Path("/api/info/news")
 * @Access(Audience.ANYONE)
 * public final class NewsApi { … }
 * }</pre>
 */
@ComponentPropertyType
@RequireJakartarsWhiteboard
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModuleResource {

    /** Prefix of every property this type sets. */
    String PREFIX_ = "osgi.";

    /** The whiteboard name of the gateway's JSON reader and writer. */
    String JSON_WRITER = "onestop.json";

    /** The extension filter that selects the gateway's JSON reader and writer. */
    String JSON_SELECT = "(osgi.jakartars.name=" + JSON_WRITER + ")";

    /**
     * The whiteboard name of the gateway's response shaping, which makes a view the shell's page and a failure a
     * problem document or an error page: without it a resource's view or a refusal could not be written at all.
     */
    String SHAPER = "onestop.shaper";

    /** The extension filter that selects the gateway's response shaping. */
    String SHAPER_SELECT = "(osgi.jakartars.name=" + SHAPER + ")";

    /**
     * The whiteboard name of the gateway's gate, the first step of every request: it notes who is visiting (the
     * session, the CSRF token) and refuses a state-changing request that does not carry the visitor's token.
     */
    String GATE = "onestop.gate";

    /** The extension filter that selects the gateway's gate. */
    String GATE_SELECT = "(osgi.jakartars.name=" + GATE + ")";

    /** {@code osgi.jakartars.resource}: the component is a resource. */
    boolean jakartars_resource() default true;

    /** {@code osgi.jakartars.application.select}: the gateway's application. */
    String jakartars_application_select() default ServiceModule.APPLICATION_SELECT;

    /** {@code osgi.jakartars.extension.select}: the extensions the resource waits for. */
    String[] jakartars_extension_select() default {JSON_SELECT, SHAPER_SELECT, GATE_SELECT};
}
