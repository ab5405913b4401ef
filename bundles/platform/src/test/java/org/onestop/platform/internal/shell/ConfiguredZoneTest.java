package org.onestop.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The core's own centre zone follows the calendar's {@code time.zone}, and keeps the default for a wrong one. */
class ConfiguredZoneTest {

    @Test
    void theZoneFollowsTheSettingAndItsEdits() {
        ConfiguredZone zone = new ConfiguredZone(config("Asia/Urumqi"));
        assertEquals(ZoneId.of("Asia/Urumqi"), zone.zone());
        zone.modified(config(" Europe/Berlin "));
        assertEquals(ZoneId.of("Europe/Berlin"), zone.zone());
    }

    @Test
    void aValueThatIsNoZoneKeepsTheCentresDefault() {
        assertEquals(ZoneId.of("Asia/Shanghai"), new ConfiguredZone(config("Beijing time")).zone());
        assertEquals(ZoneId.of("Asia/Shanghai"), new ConfiguredZone(config("")).zone());
    }

    private static ZoneConfig config(String zone) {
        return new ZoneConfig() {
            @Override
            public String time_zone() {
                return zone;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ZoneConfig.class;
            }
        };
    }
}
