package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.training.internal.TrainingDesk.SHANGHAI;
import static org.onestop.training.internal.TrainingDesk.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Paging;

/** The distribution's demo courses: published with sessions to come, into a database without courses only, once. */
class DemoCoursesTest {

    /** The demo file of the distribution, as the gateway reads it from its installation. */
    private static final Path DEMO = Path.of("../..").resolve(DemoCourses.FILE);

    @TempDir
    Path folder;

    private TrainingDesk t;

    @BeforeEach
    void open() throws Exception {
        t = new TrainingDesk(folder.resolve("db"), 24, 24);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void anEmptyCatalogueGetsTheDemoCoursesPublishedWithSessionsToComeAndOnlyOnce() throws Exception {
        assertEquals(4, DemoCourses.seed(DEMO, t.catalogue, SHANGHAI, t.clock));

        List<Course> courses = t.catalogue.courses();
        assertEquals(Set.of("enterprises", "schools", "examiners", "public"), courses.stream().map(Course::audience)
                .collect(Collectors.toSet()));
        assertTrue(courses.stream().allMatch(c -> Course.PUBLISHED.equals(c.status())), courses.toString());
        assertTrue(courses.stream().anyMatch(c -> c.title().equals("专利检索实务")));
        Catalogue.Page shown = t.catalogue.search(new Catalogue.Filter(null, null, null, null, true, null),
                new Paging(1, 20), t.clock.instant());
        assertEquals(7, shown.total(), "every demo session is to come, with places free");
        assertEquals(at(6, 19), shown.items().get(0).session().startsAt(), "five days after 1 December, 19:00");
        assertTrue(shown.items().stream().anyMatch(l -> l.session().online()), "some online");
        assertTrue(shown.items().stream().anyMatch(l -> l.session().place().contains("呼和浩特")), "some in Hohhot");

        // in English too: every demo course has its English title and description, and the search finds them
        assertTrue(courses.stream().allMatch(c -> !c.titleEn().isEmpty() && !c.descriptionEn().isEmpty()),
                courses.toString());
        Course searching = courses.stream().filter(c -> c.title().equals("专利检索实务")).findFirst().orElseThrow();
        assertEquals("Patent searching in practice", searching.titleIn("en"));
        assertEquals("专利检索实务", searching.titleIn("zh-CN"));
        assertTrue(searching.descriptionIn("en").startsWith("For R&D"), searching.descriptionIn("en"));
        Catalogue.Page english = t.catalogue.search(new Catalogue.Filter(null, null, null, null, false,
                "patent searching"), new Paging(1, 20), t.clock.instant());
        assertEquals(Set.of("专利检索实务"), english.items().stream().map(l -> l.course().title())
                .collect(Collectors.toSet()), "found by its English title, in any case");

        assertEquals(0, DemoCourses.seed(DEMO, t.catalogue, SHANGHAI, t.clock), "the second start adds nothing");
        assertEquals(4, t.catalogue.courses().size());
    }

    @Test
    void theSessionsAreCountedFromTheDayOfSeedingSoTheyNeverGoStale() throws Exception {
        t.clock.set(LocalDateTime.of(2027, 6, 30, 23, 30).atZone(SHANGHAI).toInstant());
        DemoCourses.seed(DEMO, t.catalogue, SHANGHAI, t.clock);
        Instant first = t.catalogue.search(new Catalogue.Filter(null, null, null, null, false, null),
                new Paging(1, 1), t.clock.instant()).items().get(0).session().startsAt();
        assertEquals(LocalDateTime.of(2027, 7, 5, 19, 0).atZone(SHANGHAI).toInstant(), first);
    }

    @Test
    void aCatalogueWithACourseOfItsOwnGetsNoDemoCourse() throws Exception {
        t.publishedSession(10, 0);
        assertEquals(0, DemoCourses.seed(DEMO, t.catalogue, SHANGHAI, t.clock));
        assertEquals(1, t.catalogue.courses().size());
    }

    @Test
    void aFileWithACourseAtFaultStoresNothing() throws Exception {
        Path wrong = folder.resolve("courses.json");
        Files.writeString(wrong, Files.readString(DEMO).replace("\"creditHours\": 2", "\"creditHours\": 0"));
        assertThrows(IllegalArgumentException.class, () -> DemoCourses.seed(wrong, t.catalogue, SHANGHAI, t.clock));
        assertEquals(List.of(), t.catalogue.courses(), "the courses before it were rolled back too");
    }
}
