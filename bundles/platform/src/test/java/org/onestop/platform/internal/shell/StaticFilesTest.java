package org.onestop.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static files from a real folder: their versioned addresses, a changed file's new version, their gzip form. */
class StaticFilesTest {

    @TempDir
    Path web;

    @Test
    void aFileIsLinkedWithTheVersionOfItsContentAfterItsFirstFolder() throws Exception {
        Path css = Files.createDirectories(web.resolve("css")).resolve("portal.css");
        Files.writeString(css, "body { color: #222; }\n".repeat(100));
        Files.writeString(web.resolve("favicon.ico"), "icon");
        StaticFiles files = new StaticFiles(web, id -> Optional.empty(), true);

        String url = files.url("css/portal.css");
        assertTrue(url.matches("/static/css/[0-9a-f]{16}/portal\\.css"), url);
        assertTrue(files.url("/static/favicon.ico").matches("/static/[0-9a-f]{16}/favicon\\.ico"));
        assertEquals("/static/css/none.css", files.url("css/none.css"), "no file, no version");

        Files.writeString(css, "body { color: #000; }\n".repeat(100));
        Files.setLastModifiedTime(css, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertNotEquals(url, files.url("css/portal.css"), "an edited file gets a new address");
        assertEquals(new StaticFiles(web, id -> Optional.empty(), false).url("css/portal.css"),
                files.url("css/portal.css"), "whoever links to a file names the version that is served");
    }

    @Test
    void aRequestNamesTheFileAndTheVersionItAsksFor() {
        assertEquals(new StaticFiles.Asked("lookup/js/echarts.min.js", "0123456789abcdef"),
                StaticFiles.asked("lookup/0123456789abcdef/js/echarts.min.js"));
        assertEquals(new StaticFiles.Asked("favicon.ico", "0123456789abcdef"),
                StaticFiles.asked("0123456789abcdef/favicon.ico"));
        assertEquals(new StaticFiles.Asked("css/portal.css", null), StaticFiles.asked("css/portal.css"));
        assertEquals(new StaticFiles.Asked("lookup/js/x.js", null), StaticFiles.asked("lookup/js/x.js"));
    }

    @Test
    void textIsKeptCompressedAndImagesAsTheyAre() throws Exception {
        String script = "function draw() { return 1; }\n".repeat(200);
        Files.writeString(web.resolve("app.js"), script);
        Files.write(web.resolve("logo.png"), new byte[2000]);
        StaticFiles files = new StaticFiles(web, id -> Optional.empty(), true);

        StaticFiles.File js = files.find("app.js").orElseThrow();
        assertEquals("text/javascript; charset=UTF-8", js.type());
        assertTrue(js.gzip().length < js.content().length / 5);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(js.gzip()))) {
            assertArrayEquals(script.getBytes(StandardCharsets.UTF_8), unzipped.readAllBytes());
        }
        assertNull(files.find("logo.png").orElseThrow().gzip(), "images are compressed already");
        assertFalse(files.find("../secret.txt").isPresent());
        assertFalse(files.find(".hidden/x.css").isPresent());
    }
}
