package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * every appointment action the module records ({@link AppointmentNews}'s constants) has them in Chinese and English.
 */
class AppointmentAuditWordsTest {

    private static final Pattern ACTION = Pattern.compile("\"(ticketing\\.appointment\\.[a-z-]+)\"");

    @Test
    void everyRecordedAppointmentActionHasWordsInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        Matcher found = ACTION.matcher(Files.readString(Path.of(
                "src/main/java/org/onestop/ticketing/internal/AppointmentNews.java"), StandardCharsets.UTF_8));
        while (found.find()) {
            actions.add(found.group(1));
        }
        assertEquals(Set.of(AppointmentNews.BOOKED, AppointmentNews.CHANGED, AppointmentNews.CANCELLED,
                AppointmentNews.REBOOKED, AppointmentNews.MISSED, AppointmentNews.CHECKED_IN), actions);
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
