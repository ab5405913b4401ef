package org.onestop.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/** A test's default time zone is the one it sets, and the one before it once the test is done with it. */
class DefaultZoneTest {

    @Test
    void theZoneSetIsTheDefaultUntilClosed() {
        TimeZone before = TimeZone.getDefault();
        String other = "Asia/Shanghai".equals(before.getID()) ? "America/New_York" : "Asia/Shanghai";
        try (DefaultZone zone = DefaultZone.of(other)) {
            assertEquals(other, TimeZone.getDefault().getID());
            zone.change("Europe/Berlin");
            assertEquals("Europe/Berlin", TimeZone.getDefault().getID());
        }
        assertEquals(before, TimeZone.getDefault());
    }
}
