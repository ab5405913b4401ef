package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HomeResourceTest {

    @Test
    void theLanguageSwitchGoesBackOnlyToPagesOfThisSite() {
        assertEquals("/info/news?q=%E4%B8%93%E5%88%A9", HomeResource.localPath("/info/news?q=%E4%B8%93%E5%88%A9"));
        assertEquals("/", HomeResource.localPath(null));
        assertEquals("/", HomeResource.localPath("https://evil.example/"));
        assertEquals("/", HomeResource.localPath("//evil.example/"));
        assertEquals("/", HomeResource.localPath("/\\evil.example"));
        assertEquals("/", HomeResource.localPath("/info\r\nSet-Cookie: x=y"));
    }
}
