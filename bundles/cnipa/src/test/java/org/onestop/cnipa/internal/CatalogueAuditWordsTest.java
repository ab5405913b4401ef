package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The operators' audit page reads the words of an action from the shell's catalogues ({@code audit.action.<action>}):
 * every action the catalogue records ({@code cnipa.catalogue.…}, named where an audit entry is made or in a constant)
 * has them in Chinese and English.
 */
class CatalogueAuditWordsTest {

    private static final Pattern ACTION = Pattern.compile("\"(cnipa\\.catalogue\\.[a-z-]+)\"");

    @Test
    void everyRecordedActionHasWordsInBothLanguages() throws IOException {
        Set<String> actions = recordedActions();
        assertTrue(actions.contains(CatalogueDesk.CHANGED), "the actions are found where they are recorded: "
                + actions);
        for (String file : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties shell = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("../../web/i18n", file), StandardCharsets.UTF_8)) {
                shell.load(in);
            }
            for (String action : actions) {
                assertFalse(shell.getProperty("audit.action." + action, "").isBlank(), action + " in " + file);
            }
        }
    }

    /** The actions named on the lines of the catalogue's sources that record one or name one in a constant. */
    private static Set<String> recordedActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/onestop/cnipa/internal"))) {
            for (Path source : sources.filter(p -> p.getFileName().toString().startsWith("Catalogue")).toList()) {
                for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                    if (line.contains("AuditEntry") || line.contains("static final String")) {
                        Matcher found = ACTION.matcher(line);
                        while (found.find()) {
                            actions.add(found.group(1));
                        }
                    }
                }
            }
        }
        return actions;
    }
}
