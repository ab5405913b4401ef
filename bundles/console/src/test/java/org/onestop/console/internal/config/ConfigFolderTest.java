package org.onestop.console.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.felix.fileinstall.shaded.util.properties.TypedProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A component's {@code .cfg} file rewritten by the console, read back by the gateway's watcher's own reader. */
class ConfigFolderTest {

    private static final String MAIL = """
            # How the gateway sends mail. Edits take effect without restart.
            # Empty smtp.host: nothing is sent
            smtp.host=
            smtp.port = 587
            ! an old-style comment
            # A list that goes on over two lines
            regions=150100=呼和浩特市/Hohhot,\\
              150200=包头市/Baotou
            sender.name=知识产权一站式服务大厅
            """;

    @TempDir
    Path config;

    /** The settings of a file as FileInstall reads a {@code .cfg} (placeholders resolved to nothing). */
    private static Map<String, String> read(String text) throws Exception {
        TypedProperties properties = new TypedProperties((key, value, ignored) -> null);
        properties.load(new StringReader(text));
        Map<String, String> settings = new TreeMap<>();
        properties.forEach((k, v) -> settings.put(k, String.valueOf(v)));
        return settings;
    }

    private String write(String pid, Map<String, String> writes) throws Exception {
        new ConfigFolder(config).write(pid, writes, "Settings of Mail (" + pid + ")");
        return Files.readString(config.resolve(pid + ".cfg"), StandardCharsets.UTF_8);
    }

    @Test
    void aChangedValueIsWrittenInItsLineAndEveryCommentAndOtherLineStays() throws Exception {
        Files.writeString(config.resolve("mail.cfg"), MAIL, StandardCharsets.UTF_8);
        String after = write("mail", Map.of("smtp.port", "25", "smtp.host", "mail.example.cn"));
        assertEquals(MAIL.replace("smtp.port = 587", "smtp.port = 25").replace("smtp.host=\n",
                "smtp.host=mail.example.cn\n"), after);
        Map<String, String> settings = read(after);
        assertEquals("25", settings.get("smtp.port"));
        assertEquals("mail.example.cn", settings.get("smtp.host"));
        assertEquals("150100=呼和浩特市/Hohhot,150200=包头市/Baotou", settings.get("regions"));
    }

    @Test
    void aValueOverSeveralLinesIsReplacedWholeAndANewKeyGoesAtTheEnd() throws Exception {
        Files.writeString(config.resolve("mail.cfg"), MAIL, StandardCharsets.UTF_8);
        String after = write("mail", new LinkedHashMap<>(Map.of("regions", "150300=乌海市/Wuhai",
                "interval.seconds", "60")));
        assertTrue(after.contains("regions=150300=乌海市/Wuhai\nsender.name="), after);
        assertFalse(after.contains("Baotou"), after);
        assertTrue(after.endsWith("sender.name=知识产权一站式服务大厅\ninterval.seconds=60\n"), after);
        assertEquals("60", read(after).get("interval.seconds"));
    }

    @Test
    void aSettingTakenOutLosesItsLineOnlySoThatItsDefaultApplies() throws Exception {
        Files.writeString(config.resolve("mail.cfg"), MAIL, StandardCharsets.UTF_8);
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("smtp.port", null);
        String after = write("mail", writes);
        assertEquals(MAIL.replace("smtp.port = 587\n", ""), after);
        assertFalse(read(after).containsKey("smtp.port"));
    }

    @Test
    void valuesAreEscapedSoThatTheWatcherReadsBackExactlyWhatWasGiven() throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("path", "C:\\onestop\\data");
        given.put("lines", "first\nsecond\tthird");
        given.put("spaced", "  leading and trailing  ");
        given.put("signs", "a=b:c #not a comment !nor this");
        given.put("unicode", "\\u0041 stays as typed, 专利 too");
        given.put("odd key=with:signs", "x");
        given.put("empty", "");
        String after = write("fresh", given);
        assertEquals(new TreeMap<>(given), read(after));
    }

    @Test
    void aFileThatDoesNotExistIsCreatedWithAHeaderCommentAndNothingIsLeftAside() throws Exception {
        String after = write("org.onestop.example", Map.of("title", "示例"));
        assertEquals("# Settings of Mail (org.onestop.example)\ntitle=示例\n", after);
        try (Stream<Path> files = Files.list(config)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theFolderIsTheOneTheLauncherNamesElseTheLastOneWatched() {
        assertEquals(Path.of("/srv/onestop/config"), ConfigFolder.folderOf("/srv/onestop/config",
                "/srv/onestop/deploy,/elsewhere"));
        assertEquals(Path.of("/srv/onestop/config"), ConfigFolder.folderOf(null,
                "/srv/onestop/deploy, /srv/onestop/config"));
    }
}
