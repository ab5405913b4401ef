package org.onestop.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the gateway runs and from what: the installation folder and the folders and port the environment may
 * override ({@code ONESTOP_PORT}, {@code ONESTOP_DATA}, {@code ONESTOP_WEB}, {@code ONESTOP_CONFIG},
 * {@code ONESTOP_DEPLOY}).
 *
 * @param home   the installation: {@code system/}, {@code deploy/}, {@code config/}, {@code web/}, {@code content/}
 * @param data   database, framework cache and logs
 * @param web    the portal shell
 * @param config ConfigAdmin {@code .cfg} files, watched
 * @param deploy service module jars, watched
 * @param port   HTTP port
 */
public record GatewaySettings(Path home, Path data, Path web, Path config, Path deploy, int port) {

    public static final int DEFAULT_PORT = 8080;

    /** Reads the settings from environment variables, with defaults relative to {@code home}. */
    public static GatewaySettings from(Map<String, String> env, Path home) {
        Path base = path(env.get("ONESTOP_HOME"), home);
        return new GatewaySettings(base,
                path(env.get("ONESTOP_DATA"), base.resolve("data")),
                path(env.get("ONESTOP_WEB"), base.resolve("web")),
                path(env.get("ONESTOP_CONFIG"), base.resolve("config")),
                path(env.get("ONESTOP_DEPLOY"), base.resolve("deploy")),
                port(env.get("ONESTOP_PORT")));
    }

    static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ONESTOP_PORT must be a port number from 1 to 65535, not '"
                    + value + "'");
        }
    }

    private static Path path(String value, Path fallback) {
        return (value == null || value.isBlank() ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }

    /** The properties the framework and the platform bundles read. */
    public Map<String, String> frameworkProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("org.osgi.framework.storage", data.resolve("felix-cache").toString());
        p.put("org.osgi.framework.storage.clean", "onFirstInit");
        p.put("felix.log.level", "1");
        p.put("org.osgi.service.http.port", String.valueOf(port));
        p.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        // the HTTP server's own error pages (a request too malformed to reach a route, such as %00 in its path) end
        // the connection: say so, so that a client does not send its next request on a connection already closed
        p.put("org.apache.felix.http.jetty.errorPageCustomHeaders", "Connection=close");
        // paths that are ambiguous or not text (an encoded "..", %C3%28) go through to the platform, which refuses
        // them first of all (MalformedRequests: 400 in the caller's language, the body read so the answer arrives);
        // the server's own refusal ended the connection without reading the body. Paths it cannot parse at all
        // (%00, ".." above the root) it still refuses itself
        p.put("org.eclipse.jetty.UriComplianceMode", "UNSAFE");
        p.put("felix.fileinstall.dir", deploy + "," + config);
        p.put("felix.fileinstall.poll", "300");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.filter", ".*\\.(jar|cfg)");
        p.put("felix.fileinstall.configEncoding", "UTF-8");
        // the files are the operator's: never rewritten by the gateway (comments and empty values stay)
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.tmpdir", data.resolve("tmp").toString());
        p.put("felix.fileinstall.log.level", "2");
        p.put("onestop.home", home.toString());
        p.put("onestop.data", data.toString());
        p.put("onestop.web", web.toString());
        p.put("onestop.deploy", deploy.toString());
        p.put("onestop.config", config.toString());
        return p;
    }
}
