package org.onestop.api.view;

import java.util.Map;
import java.util.Objects;

/**
 * A page a module resource returns: a Freemarker template and its model. The platform renders the template
 * (HTML auto-escaped) and places the result inside the portal shell (header, navigation, footer) from
 * {@code web/}.
 *
 * <p>The template name is {@code <module id>/<name>}; the template is looked up first in the shell's
 * {@code web/templates/} folder (an operator override) and then in the module bundle's {@code /templates/}
 * folder, with the suffix {@code .ftlh}. Besides the model, a template sees {@code lang} (the page language
 * tag), {@code t} (a message lookup: {@code t("info.news.title")}) and {@code path} (the request path).
 * A template sets the page title with {@code <#assign title = "...">}.
 *
 * @param template template name, for example {@code info/news-list}
 * @param model    the values the template reads; a null value reads as missing
 */
public record View(String template, Map<String, Object> model) {

    public View {
        Objects.requireNonNull(template, "template");
        model = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(model));
    }

    /** A view whose model is given as alternating names and values. */
    public static View of(String template, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        var model = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            model.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new View(template, model);
    }
}
