package org.onestop.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;

class MessageCatalogTest {

    @TempDir
    Path web;

    private MessageCatalog catalog;

    @BeforeEach
    void writeCatalogues() throws Exception {
        Files.createDirectories(web.resolve("i18n"));
        Files.writeString(web.resolve("i18n/messages_zh_CN.properties"),
                "shell.home=首页\nshell.only.chinese=仅中文\nshell.pager.position=第 {0} 页，共 {1} 页\n");
        Files.writeString(web.resolve("i18n/messages_en.properties"),
                "shell.home=Home\nshell.pager.position=Page {0} of {1}\nshell.quote=The centre's {0}\n");
        catalog = new MessageCatalog(web, id -> Optional.empty());
    }

    @Test
    void looksUpTextsInTheRequestedLanguage() {
        assertEquals("首页", catalog.text(Language.ZH_CN, "shell.home"));
        assertEquals("Home", catalog.text(Language.EN, "shell.home"));
    }

    @Test
    void fillsInArgumentsAndKeepsApostrophes() {
        assertEquals("Page 2 of 7", catalog.text(Language.EN, "shell.pager.position", 2, 7));
        assertEquals("第 2 页，共 7 页", catalog.text(Language.ZH_CN, "shell.pager.position", 2, 7));
        assertEquals("The centre's hotline", catalog.text(Language.EN, "shell.quote", "hotline"));
    }

    @Test
    void argumentsAreFilledInOnceEvenWhenTheyLookLikePlaceholders() {
        assertEquals("Page {1} of 7", catalog.text(Language.EN, "shell.pager.position", "{1}", 7));
        assertEquals("Page 3 of {1}", catalog.text(Language.EN, "shell.pager.position", 3));
    }

    @Test
    void missingEnglishFallsBackToChineseAndUnknownKeysShowThemselves() {
        assertEquals("仅中文", catalog.text(Language.EN, "shell.only.chinese"));
        assertEquals("shell.nowhere", catalog.text(Language.EN, "shell.nowhere"));
    }

    @Test
    void anOperatorsEditShowsWithoutRestart() throws Exception {
        assertEquals("Home", catalog.text(Language.EN, "shell.home"));
        Path english = web.resolve("i18n/messages_en.properties");
        Files.writeString(english, "shell.home=Start page\n");
        Files.setLastModifiedTime(english, FileTime.from(Instant.now().plusSeconds(5)));

        long deadline = System.currentTimeMillis() + 5000;
        String text = catalog.text(Language.EN, "shell.home");
        while (!text.equals("Start page") && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
            text = catalog.text(Language.EN, "shell.home");
        }
        assertEquals("Start page", text);
    }
}
