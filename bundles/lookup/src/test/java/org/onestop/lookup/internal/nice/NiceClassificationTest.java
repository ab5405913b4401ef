package org.onestop.lookup.internal.nice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.onestop.api.module.Refusal;
import org.junit.jupiter.api.Test;

/** The shipped Nice classification: 45 classes with Chinese headings, items found by their words. */
class NiceClassificationTest {

    private final NiceClassification nice = new NiceClassification();

    @Test
    void fortyFiveClassesEachWithAChineseHeadingAndItems() {
        assertEquals(45, nice.classes().size());
        nice.classes().forEach(c -> {
            assertFalse(c.headingZh().isBlank(), "class " + c.number());
            assertTrue(c.items() > 0, "class " + c.number());
        });
        assertEquals("服装，鞋，帽", nice.of(25).orElseThrow().headingZh());
        assertEquals("goods", nice.of(34).orElseThrow().type());
        assertEquals("services", nice.of(35).orElseThrow().type());
        assertEquals(9115, nice.classes().stream().mapToInt(NiceClass::items).sum());
    }

    @Test
    void anItemIsFoundByItsWordsWithItsClass() {
        NiceMatches cheese = nice.search("cheese", null, 1, 50);

        assertTrue(cheese.total() > 0);
        assertTrue(cheese.items().stream().allMatch(i -> i.description().toLowerCase().contains("cheese")));
        assertTrue(cheese.items().stream().anyMatch(i -> i.classNumber() == 29));
        NiceMatches software = nice.search("computer software", 9, 1, 50);
        assertTrue(software.items().stream().allMatch(i -> i.classNumber() == 9));
        assertTrue(software.total() > 0);
    }

    @Test
    void aWordMustStartAWordOfTheItem() {
        List<NiceItem> ice = nice.search("ice", null, 1, 10_000).items();

        assertFalse(ice.isEmpty());
        assertTrue(ice.stream().noneMatch(i -> i.description().toLowerCase().matches("[^i]*services?[^i]*")
                && !i.description().toLowerCase().matches(".*\\bice.*")), "service is no match for ice");
    }

    @Test
    void chineseWordsFindClassesByTheirHeading() {
        NiceMatches clothing = nice.search("服装", null, 1, 10);

        assertEquals(List.of(25), clothing.classes().stream().map(NiceClass::number).toList());
        assertEquals(List.of(43), nice.search("临时住宿", null, 1, 10).classes().stream().map(NiceClass::number)
                .toList());
    }

    @Test
    void almostEveryItemHasItsChineseNameFromTheChineseTable() {
        List<NiceItem> all = nice.classes().stream().flatMap(c -> nice.items(c.number()).stream()).toList();

        long named = all.stream().filter(i -> i.nameZh() != null).count();
        assertTrue(named >= 8900, named + " of " + all.size() + " items have a Chinese name");
        NiceItem cheese = nice.items(29).stream().filter(i -> i.description().equals("cheese")).findFirst()
                .orElseThrow();
        assertEquals("奶酪", cheese.nameZh(), "290034 cheese");
        assertEquals("cheese", cheese.name("en"));
        assertEquals("奶酪", cheese.name("zh-CN"));
    }

    @Test
    void chineseWordsFindItemsByTheirChineseNames() {
        NiceMatches cheese = nice.search("奶酪", null, 1, 50);
        assertTrue(cheese.items().stream().anyMatch(i -> i.number().equals("290034")), "cheese, 290034");
        assertTrue(cheese.items().stream().allMatch(i -> i.nameZh().contains("奶酪")));

        NiceMatches software = nice.search("计算机 软件", 9, 1, 50);
        assertTrue(software.total() > 0);
        assertTrue(software.items().stream().allMatch(i -> i.classNumber() == 9 && i.nameZh().contains("计算机")
                && i.nameZh().contains("软件")));
    }

    @Test
    void aSearchOfTooManyWordsIsRefusedWithAMessage() {
        String many = String.join(" ", IntStream.range(0, 20).mapToObj(n -> "w" + n).toList());

        Refusal refused = assertThrows(Refusal.class, () -> nice.search(many, null, 1, 10));
        assertEquals("lookup.error.words", refused.key());
    }
}
