package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingGuideTest {

    @TempDir
    Path folder;

    @Test
    void everyPathOfTheGuideEndsAtAnExistingEntryAndEveryBusinessCanBeReached() throws Exception {
        RoutingGuide guide = new RoutingGuide();
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            Map<String, CatalogueEntry> entries = desk.businesses.work().call(desk.catalogue()::current);
            Set<String> reached = new TreeSet<>();
            Set<String> asked = new LinkedHashSet<>();
            List<String> paths = new ArrayList<>();
            follow(guide, guide.first(), new ArrayList<>(), reached, asked, paths);

            for (String path : paths) {
                String end = path.substring(path.lastIndexOf(' ') + 1);
                assertTrue(entries.containsKey(end), "the path " + path + " ends at an existing entry");
            }
            assertEquals(new TreeSet<>(entries.keySet()), reached, "every business is reached by some path");
            assertEquals(guide.questions().size(), asked.size(), "every question is on some path");
            assertTrue(paths.stream().allMatch(p -> p.split(" ").length <= 4), "a few questions at most: " + paths);
            assertEquals("/cnipa/catalogue/fee-reduction", guide.question("fees").orElseThrow().choices().get(1)
                    .href());
            assertEquals("/cnipa/guide/patent", guide.first().choices().get(0).href());
        }
    }

    @Test
    void aGuideWhoseChoiceLeadsToNoQuestionIsRefusedWhenRead() {
        String content = "start | 您想办理什么？ | What?\nstart > nowhere | 去哪里 | Where\nnowhere > =fee-payment | 缴费 | Pay\n";
        assertThrows(IllegalStateException.class, () -> new RoutingGuide(new ByteArrayInputStream(content.getBytes(
                StandardCharsets.UTF_8))));
        assertThrows(IllegalStateException.class, () -> new RoutingGuide(new ByteArrayInputStream(
                "start | 只有两段\n".getBytes(StandardCharsets.UTF_8))));
    }

    /** Every path from {@code question}, as "question question … code"; a question met twice on a path fails. */
    private static void follow(RoutingGuide guide, RoutingGuide.Question question, List<String> trail,
            Set<String> reached, Set<String> asked, List<String> paths) {
        assertFalse(trail.contains(question.id()), "the guide goes round in a circle at " + trail);
        assertFalse(question.choices().isEmpty(), question.id() + " has choices");
        asked.add(question.id());
        trail.add(question.id());
        for (RoutingGuide.Choice choice : question.choices()) {
            assertFalse(choice.labelZh().isBlank() || choice.labelEn().isBlank(), "labelled in both languages");
            if (choice.next() == null) {
                reached.add(choice.entry());
                paths.add(String.join(" ", trail) + " " + choice.entry());
            } else {
                follow(guide, guide.question(choice.next()).orElseThrow(), trail, reached, asked, paths);
            }
        }
        trail.remove(trail.size() - 1);
    }
}
