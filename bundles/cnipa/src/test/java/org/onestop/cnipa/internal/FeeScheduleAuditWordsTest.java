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
 * every action the fee calculator records ({@code cnipa.fees.…}, found where the sources name them) has them in
 * Chinese and English.
 */
class FeeScheduleAuditWordsTest {

    private static final Pattern ACTION = Pattern.compile("\"(cnipa\\.fees\\.[a-z-]+)\"");

    @Test
    void everyRecordedActionHasWordsInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.getFileName().toString().startsWith("Fee")).toList()) {
                for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                    if (line.contains("static final String") || line.contains("AuditEntry")) {
                        Matcher found = ACTION.matcher(line);
                        while (found.find()) {
                            actions.add(found.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(actions.containsAll(List.of(FeeSchedule.CHANGED)), "found where recorded: " + actions);
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
}
