package org.onestop.lookup.internal.nice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
}
