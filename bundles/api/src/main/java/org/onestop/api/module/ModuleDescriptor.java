package org.onestop.api.module;

/**
 * The identity of a service module as the portal shows it.
 *
 * @param id    short name, 2 to 31 lowercase letters or digits starting with a letter (for example {@code info});
 *              it names the module's page path {@code /<id>}, API path {@code /api/<id>}, message keys,
 *              templates and static files. The portal does not list a module whose id breaks this rule.
 * @param icon  file name of the tile's icon inside the module's {@code /static/} folder, for example
 *              {@code icon.svg}
 * @param order position of the tile on the home page, lower first
 */
public record ModuleDescriptor(String id, String icon, int order) {
}
