package org.onestop.api.module;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a service module as the portal shows it.
 *
 * @param id    short name, lowercase letters and digits (for example {@code info}); it names the module's page
 *              path, API path, message keys, templates and static files
 * @param icon  file name of the tile's icon inside the module's {@code /static/} folder, for example
 *              {@code icon.svg}
 * @param order position of the tile on the home page, lower first
 */
public record ModuleDescriptor(String id, String icon, int order) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,30}");

    public ModuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(icon, "icon");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("module id must be 2-31 lowercase letters or digits: " + id);
        }
    }

    /** The path of the module's first page, {@code /<id>}. */
    public String path() {
        return "/" + id;
    }
}
