package org.onestop.training.internal;

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
 * every action the module records has them in Chinese and English, the literal ones named where they are recorded
 * and those made of a status ({@code training.enrolment.<status>}) or a way in ({@code training.attendance.<way>}).
 */
class AuditWordsTest {

    private static final Pattern ACTION = Pattern.compile("\"(training\\.[a-z-]+\\.[a-z.-]*[a-z])\"");

    @Test
    void everyRecordedActionHasWordsInBothLanguages() throws IOException {
        Set<String> actions = recordedActions();
        assertTrue(actions.containsAll(List.of("training.course.created", "training.enrolment.lapsed",
                "training.enrolment.waiting", "training.attendance.door", "training.attendance.desk",
                "training.attendance.online")), "the actions are found where they are recorded: " + actions);
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

    /** The actions named on the lines that record one, and those the enrolment statuses and ways in make. */
    private static Set<String> recordedActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        for (String status : List.of(Enrolment.CONFIRMED, Enrolment.WAITING, Enrolment.OFFERED, Enrolment.LAPSED,
                Enrolment.CANCELLED, Enrolment.WITHDRAWN)) {
            actions.add("training.enrolment." + status);
        }
        for (Attendance.Way way : Attendance.Way.values()) {
            actions.add("training.attendance." + way.code());
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                    if (line.contains("recorded(") || line.contains("AuditEntry") || line.contains("ACTION")) {
                        Matcher found = ACTION.matcher(line);
                        while (found.find()) {
                            if (!found.group(1).startsWith("training.error.")
                                    && !found.group(1).startsWith("training.refused.")) {
                                actions.add(found.group(1));
                            }
                        }
                    }
                }
            }
        }
        return actions;
    }
}
