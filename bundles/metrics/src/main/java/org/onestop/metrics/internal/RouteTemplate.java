package org.onestop.metrics.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name a request is counted under: the route template it matched ({@code /ops/bundles/{symbolicName}/{act}}),
 * never its path with ids, so that the number of series stays bounded; {@value #UNMATCHED} when it matched none (a
 * 404, or a request refused before matching). Methods outside the usual few are counted as {@code OTHER}.
 */
final class RouteTemplate {

    static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    private RouteTemplate() {
    }

    /**
     * The route of the templates a request matched, given as Jersey gives them: the innermost (method) first, the
     * resource class's last; empty when nothing matched.
     */
    static String of(List<String> innermostFirst) {
        if (innermostFirst == null || innermostFirst.isEmpty()) {
            return UNMATCHED;
        }
        StringBuilder route = new StringBuilder();
        for (int i = innermostFirst.size() - 1; i >= 0; i--) {
            route.append('/').append(innermostFirst.get(i));
        }
        String joined = SLASHES.matcher(withoutExpressions(route)).replaceAll("/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A parameter's regular expression left out: {@code {id: [0-9]{4}}} is counted as {@code {id}}. */
    private static String withoutExpressions(CharSequence template) {
        StringBuilder plain = new StringBuilder(template.length());
        int depth = 0;
        boolean inName = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                if (depth++ == 0) {
                    plain.append('{');
                    inName = true;
                }
            } else if (c == '}') {
                if (--depth == 0) {
                    plain.append('}');
                }
                inName = false;
            } else if (depth == 0) {
                plain.append(c);
            } else if (c == ':') {
                inName = false;
            } else if (inName && !Character.isWhitespace(c)) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** The method as counted: one of the usual few, or {@code OTHER}. */
    static String method(String method) {
        String upper = method == null ? "" : method.toUpperCase(java.util.Locale.ROOT);
        return METHODS.contains(upper) ? upper : "OTHER";
    }
}
