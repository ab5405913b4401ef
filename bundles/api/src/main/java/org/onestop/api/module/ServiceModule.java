package org.onestop.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A public service of the hall (information, pre-examination, lookup, …), registered as an OSGi service by the
 * bundle that implements it. While the service is registered, the portal shows the module's tile on the home page
 * and in the navigation; when it goes away (bundle stopped or its jar deleted) the tile goes too.
 *
 * <p>A module bundle follows these conventions, all keyed by {@link ModuleDescriptor#id()}:
 * <ul>
 *   <li>pages under {@code /<id>/…}, JSON under {@code /api/<id>/…} (JAX-RS resources annotated
 *       {@link ModuleResource}, which selects the application named {@link #APPLICATION});</li>
 *   <li>texts in {@code /i18n/messages_zh_CN.properties} and {@code /i18n/messages_en.properties} inside the
 *       bundle, keys prefixed {@code <id>.}; the tile shows {@code <id>.module.title} and
 *       {@code <id>.module.summary};</li>
 *   <li>Freemarker templates in {@code /templates/<id>/} inside the bundle, named by views as {@code <id>/name};</li>
 *   <li>images and styles in {@code /static/} inside the bundle, served at {@code /static/<id>/…}.</li>
 * </ul>
 * An operator may override any of these texts, templates and files in the portal's {@code web/} folder.
 */
@ConsumerType
public interface ServiceModule {

    /** Name of the one JAX-RS application of the gateway; module resources select it. */
    String APPLICATION = "onestop";

    /** Whiteboard target that module resources use to join the gateway's application. */
    String APPLICATION_SELECT = "(osgi.jakartars.name=" + APPLICATION + ")";

    /** What the portal needs to show this module. */
    ModuleDescriptor descriptor();
}
