package org.onestop.ticketing.internal;

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

import org.junit.jupiter.api.Test;

/**
 * The operators' audit page reads the words of an action from the shell's catalogues ({@code audit.action.<action>}):
 * every action of the counter, the rate link and the hall's setup has them in Chinese and English, those of the
 * clerk's steps ({@link CounterStep}) and the literal ones named where they are recorded.
 */
class CounterAuditWordsTest {

    private static final Pattern ACTION = Pattern.compile("\"(ticketing\\.(?:hall|rating)\\.[a-z-]+)\"");
    private static final List<String> SOURCES = List.of("HallSetup.java", "VisitRatings.java");

    @Test
    void everyRecordedActionHasWordsInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        for (CounterStep step : CounterStep.values()) {
            actions.add(step.action());
        }
        for (String source : SOURCES) {
            Matcher found = ACTION.matcher(Files.readString(Path.of("src/main/java/org/onestop/ticketing/internal",
                    source), StandardCharsets.UTF_8));
            while (found.find()) {
                if (!found.group(1).contains(".error.") && !found.group(1).startsWith("ticketing.rating.none")
                        && !found.group(1).startsWith("ticketing.rating.unavailable")) {
                    actions.add(found.group(1));
                }
            }
        }
        assertTrue(actions.containsAll(List.of("ticketing.counter.no-show", "ticketing.hall.service-created",
                "ticketing.hall.counter-changed", "ticketing.rating.linked")), "found where recorded: " + actions);
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
