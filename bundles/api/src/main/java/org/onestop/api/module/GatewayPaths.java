package org.onestop.api.module;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/**
 * The folders of the running distribution, as the launcher sets them in framework properties: the installation
 * ({@code onestop.home}), the data folder ({@code onestop.data}) and the portal shell ({@code onestop.web}). The
 * paths are absolute.
 *
 * @param home the installation
 * @param data the data folder
 * @param web  the portal shell's templates, static files and message catalogues
 */
public record GatewayPaths(Path home, Path data, Path web) {

    public static final String HOME = "onestop.home";
    public static final String DATA = "onestop.data";
    public static final String WEB = "onestop.web";

    /** Reads the paths from the framework properties; missing ones default to folders of the installation. */
    public static GatewayPaths of(BundleContext context) {
        Path home = path(context.getProperty(HOME), Path.of("."));
        return new GatewayPaths(home,
                path(context.getProperty(DATA), home.resolve("data")),
                path(context.getProperty(WEB), home.resolve("web")));
    }

    private static Path path(String value, Path fallback) {
        Path p = value == null || value.isBlank() ? fallback : Path.of(value);
        return p.toAbsolutePath().normalize();
    }
}
