package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onestop.api.view.LocalPath;

class LocalPathTest {

    @Test
    void theLanguageSwitchGoesBackOnlyToPagesOfThisSite() {
        assertEquals("/info/news?q=%E4%B8%93%E5%88%A9", LocalPath.orHome("/info/news?q=%E4%B8%93%E5%88%A9"));
        assertEquals("/", LocalPath.orHome(null));
        assertEquals("/", LocalPath.orHome("https://evil.example/"));
        assertEquals("/", LocalPath.orHome("//evil.example/"));
        assertEquals("/", LocalPath.orHome("/\\evil.example"));
        assertEquals("/", LocalPath.orHome("/info\r\nSet-Cookie: x=y"));
    }
}
