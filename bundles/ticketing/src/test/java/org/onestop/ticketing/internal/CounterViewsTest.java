package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;

/** The counter as the clerk's page and the counter's screen read it, in the module's own words. */
class CounterViewsTest {

    @TempDir
    Path folder;

    @Test
    @SuppressWarnings("unchecked")
    void theClerkSeesTheNumberAndTheScreenOffersTheRatingForAFewMinutes() throws Exception {
        try (HallDesk hall = new HallDesk(folder)) {
            CounterViews views = new CounterViews(hall.hall, hall.counterDesk(), hall.hours, ModuleTexts.strict());
            hall.counterDesk().open(1, CounterDeskTest.CLERK);
            Ticket first = hall.walkIn("preexam");
            hall.walkIn("enquiry");
            Map<String, Object> before = views.one(1, Language.ZH_CN, CounterDeskTest.CLERK);
            assertEquals(List.of(1, 1), ((List<Map<String, Object>>) before.get("services")).stream()
                    .map(s -> s.get("waiting")).toList());
            assertEquals(true, before.get("mine"));
            assertEquals(false, views.one(1, Language.ZH_CN, CounterDeskTest.OTHER).get("mine"));
            hall.counterDesk().callNext(1, CounterDeskTest.CLERK);
            Map<String, Object> counter = views.one(1, Language.EN, CounterDeskTest.CLERK);
            Map<String, Object> current = (Map<String, Object>) counter.get("current");
            assertEquals("A001", current.get("number"));
            assertEquals("Called", current.get("statusLabel"));
            assertEquals(1, current.get("counter"));
            assertFalse(counter.get("state").equals(before.get("state")), "the page knows it changed");
            assertEquals("A001", views.screen(1, Language.ZH_CN).get("serving"));
            assertNull(views.screen(1, Language.ZH_CN).get("rate"));

            hall.counterMoves().serve(1, CounterDeskTest.CLERK);
            hall.counterMoves().finish(1, "", CounterDeskTest.CLERK);
            Map<String, Object> after = views.screen(1, Language.ZH_CN);
            assertNull(after.get("serving"));
            assertEquals(first.accessKey(), after.get("rate"));
            assertTrue(QrPicture.of("https://hall.example.cn/ticketing/tickets/" + first.accessKey() + "/rate").path()
                    .startsWith("M4 4h7v1h-7z"), "the finder pattern's top row after the quiet zone");
            hall.clock.advance(CounterViews.RATING_SHOWN.plus(Duration.ofSeconds(1)));
            assertNull(views.screen(1, Language.ZH_CN).get("rate"), "shown for a few minutes only");
            hall.clock.advance(Duration.ofSeconds(-2));
            hall.counterDesk().callNext(1, CounterDeskTest.CLERK);
            assertNull(views.screen(1, Language.ZH_CN).get("rate"), "not while the next visitor is at the counter");
            for (Ticket.Status status : Ticket.Status.values()) {
                for (Language language : List.of(Language.ZH_CN, Language.EN)) {
                    assertFalse(ModuleTexts.strict().text(language, "ticketing.counter.status." + status.code())
                            .isBlank());
                }
            }
        }
    }
}
