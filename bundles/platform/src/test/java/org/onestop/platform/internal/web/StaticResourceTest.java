package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticResourceTest {

    @Test
    void theClientsAcceptedEncodingsAndTagsAreRead() {
        assertTrue(StaticResource.accepts("gzip, deflate, br", "gzip"));
        assertTrue(StaticResource.accepts("br;q=1.0, gzip;q=0.8", "gzip"));
        assertFalse(StaticResource.accepts("gzip;q=0", "gzip"));
        assertFalse(StaticResource.accepts("identity", "gzip"));
        assertFalse(StaticResource.accepts(null, "gzip"));
        assertTrue(StaticResource.matches("\"0123456789abcdef\"", "0123456789abcdef"));
        assertTrue(StaticResource.matches("W/\"0123456789abcdef-gzip\", \"other\"", "0123456789abcdef"));
        assertFalse(StaticResource.matches("\"fedcba9876543210\"", "0123456789abcdef"));
    }
}
