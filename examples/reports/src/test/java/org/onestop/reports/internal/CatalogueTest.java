package org.onestop.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;

/**
 * The module's own catalogues say everything its pages and answers say, in Chinese and in English: the same keys in
 * both, every key the templates and the code name (those built from a code too), and the module's title and summary
 * the home page's tile reads.
 */
class CatalogueTest {

    /** A whole key written in a template or the code; a prefix ending in '.' is completed by a code. */
    private static final Pattern KEY = Pattern.compile("\"(reports\\.[A-Za-z0-9.\\-]+)\"");

    @Test
    void bothCataloguesHaveTheSameKeys() throws IOException {
        assertEquals(load("messages_zh_CN.properties").stringPropertyNames(),
                load("messages_en.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesAndTheCodeNameIsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
                Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher key = KEY.matcher(Files.readString(file));
                while (key.find()) {
                    if (!key.group(1).endsWith(".")) {
                        keys.add(key.group(1));
                    }
                }
            }
        }
        assertTrue(keys.size() > 40, "the keys were found: " + keys);
        for (InfringedRight right : InfringedRight.values()) {
            keys.add("reports.right." + right.code());
        }
        for (String kind : Set.of("opened", "moved", "comment", "attachment", "due-soon", "overdue")) {
            keys.add("reports.event." + kind);
        }
        keys.addAll(Set.of("reports.channel.online", "reports.channel.offline", "reports.module.title",
                "reports.module.summary", "reports.purpose.evidence"));
        ModuleTexts texts = ModuleTexts.strict();
        for (String key : keys) {
            assertFalse(texts.text(Language.ZH_CN, key).isBlank(), key);
            assertFalse(texts.text(Language.EN, key).isBlank(), key);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = CatalogueTest.class.getResourceAsStream("/i18n/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
