package org.onestop.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

    private final Path home = Path.of("/opt/onestop");

    @Test
    void defaultsLiveInTheInstallation() {
        GatewaySettings settings = GatewaySettings.from(Map.of(), home);

        assertEquals(8080, settings.port());
        assertEquals(home.resolve("data"), settings.data());
        assertEquals(home.resolve("deploy"), settings.deploy());
        assertEquals("/opt/onestop/deploy,/opt/onestop/config",
                settings.frameworkProperties().get("felix.fileinstall.dir"));
        assertEquals("/opt/onestop/data/felix-cache", settings.frameworkProperties().get("org.osgi.framework.storage"));
    }

    @Test
    void theEnvironmentMovesPortAndFolders() {
        GatewaySettings settings = GatewaySettings.from(Map.of("ONESTOP_PORT", " 9090 ", "ONESTOP_DATA", "/srv/data",
                "ONESTOP_WEB", "/srv/web", "ONESTOP_DEPLOY", "/srv/modules", "ONESTOP_CONFIG", "/srv/settings"), home);

        assertEquals(9090, settings.port());
        assertEquals("9090", settings.frameworkProperties().get("org.osgi.service.http.port"));
        assertEquals("/srv/data", settings.frameworkProperties().get("onestop.data"));
        assertEquals("/srv/web", settings.frameworkProperties().get("onestop.web"));
        assertEquals("/srv/modules", settings.frameworkProperties().get("onestop.deploy"), "the console's deploy/");
        assertEquals("/srv/settings", settings.frameworkProperties().get("onestop.config"), "the console's config/");
        assertEquals("/srv/modules,/srv/settings", settings.frameworkProperties().get("felix.fileinstall.dir"));
    }

    @Test
    void aPortMustBeANumberInRange() {
        assertThrows(IllegalArgumentException.class, () -> GatewaySettings.from(Map.of("ONESTOP_PORT", "0"), home));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GatewaySettings.from(Map.of("ONESTOP_PORT", "80a"), home));
        assertEquals("ONESTOP_PORT must be a port number from 1 to 65535, not '80a'", e.getMessage());
    }
}
