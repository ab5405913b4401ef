package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PathsTest {

    @Test
    void theLanguageSwitchForgetsTheLanguageParameter() {
        assertEquals("/info", Paths.withoutLanguage(URI.create("http://h/info?lang=en")));
        assertEquals("/info/news?q=%E6%98%A5&page=2",
                Paths.withoutLanguage(URI.create("http://h/info/news?q=%E6%98%A5&lang=en&page=2")));
        assertEquals("/info/news?language=x", Paths.withoutLanguage(URI.create("http://h/info/news?language=x")));
        assertEquals("/", Paths.withoutLanguage(URI.create("http://h/")));
    }

    @Test
    void apiPathsAndModuleIds() {
        assertTrue(Paths.isApi("api/info/news"));
        assertTrue(Paths.isApi("/health"));
        assertFalse(Paths.isApi("info/api"));
        assertEquals("info", Paths.moduleOf("/api/info/news/x"));
        assertEquals("hello", Paths.moduleOf("hello"));
    }
}
