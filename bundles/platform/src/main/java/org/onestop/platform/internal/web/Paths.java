package org.onestop.platform.internal.web;

/** Which part of the site a request path (without leading slash, as JAX-RS gives it) belongs to. */
final class Paths {

    private Paths() {
    }

    /** JSON endpoints: {@code /api/…} and {@code /health}. */
    static boolean isApi(String path) {
        String p = strip(path);
        return p.equals("api") || p.startsWith("api/") || p.equals("health");
    }

    /** The module id a path would belong to: {@code info} for {@code /info/news} and {@code /api/info/news}. */
    static String moduleOf(String path) {
        String p = strip(path);
        if (p.startsWith("api/")) {
            p = p.substring(4);
        }
        int slash = p.indexOf('/');
        return slash < 0 ? p : p.substring(0, slash);
    }

    /**
     * The path and query of a request without its {@code lang} parameter: where the language switch goes back to,
     * so that the new choice is not overruled by the old one.
     */
    static String withoutLanguage(java.net.URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return uri.getRawPath();
        }
        String kept = java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.equals("lang") && !p.startsWith("lang="))
                .collect(java.util.stream.Collectors.joining("&"));
        return uri.getRawPath() + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
