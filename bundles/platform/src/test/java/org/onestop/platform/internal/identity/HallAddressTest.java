package org.onestop.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HallAddressTest {

    @Test
    void theConfiguredAddressIsUsedWithoutItsTrailingSlash() {
        assertEquals("https://hall.example.cn", new HallAddress(" https://hall.example.cn/ ", "8080").url());
        assertEquals("https://hall.example.cn/onestop", new HallAddress("https://hall.example.cn/onestop", null).url());
    }

    @Test
    void withoutOneTheAddressIsTheLocalPort() {
        assertEquals("http://localhost:9090", new HallAddress("", "9090").url());
        assertEquals("http://localhost:8080", new HallAddress("  ", null).url());
    }
}
