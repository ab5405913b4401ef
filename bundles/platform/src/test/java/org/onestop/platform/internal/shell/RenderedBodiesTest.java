package org.onestop.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;

class RenderedBodiesTest {

    private static final Map<String, Object> ANONYMOUS = Map.of("signedIn", false);
    private static final List<Tile> TILES = List.of(new Tile("lookup", "数据查询", "专利、商标与统计", "/lookup",
            "/static/lookup/icon.svg"));

    private final AtomicLong now = new AtomicLong();
    private final RenderedBodies bodies = new RenderedBodies(now::get);

    private static RenderedBodies.Key key(String query, Map<String, Object> visitor) {
        return RenderedBodies.keyOf("lookup/patents", Language.ZH_CN, "/lookup/patents?q=" + query, TILES,
                Map.of("hits", List.of("CN1", "CN2")), visitor).orElseThrow();
    }

    @Test
    void aBodyIsFoundForAnEqualModelForASecondThenRenderedAgain() {
        bodies.keep(key("稀土", ANONYMOUS), "<p>2 hits</p>", "专利检索", bodies.generation());
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));

        RenderedBodies.Body found = bodies.find(key("稀土", Map.of("signedIn", false))).orElseThrow();
        assertEquals("<p>2 hits</p>", found.html());
        assertEquals("专利检索", found.title());
        assertEquals(Optional.empty(), bodies.find(key("风电", ANONYMOUS)), "another address, another body");
        assertEquals(Optional.empty(), bodies.find(RenderedBodies.keyOf("lookup/patents", Language.ZH_CN,
                "/lookup/patents?q=稀土", TILES, Map.of("hits", List.of("CN1")), ANONYMOUS).orElseThrow()),
                "another model, another body");
        assertEquals(Optional.empty(), bodies.find(RenderedBodies.keyOf("lookup/patents", Language.ZH_CN,
                "/lookup/patents?q=稀土", List.copyOf(new java.util.ArrayList<>(TILES)),
                Map.of("hits", List.of("CN1", "CN2")), ANONYMOUS).orElseThrow()),
                "the modules changed: the portal's new list of tiles");
        assertEquals(Optional.empty(), bodies.find(key("稀土", Map.of("signedIn", false, "senior", true))),
                "the senior reading mode shows another shell");

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals(Optional.empty(), bodies.find(key("稀土", ANONYMOUS)), "a second on, it is rendered again");
    }

    @Test
    void forgettingLetsGoOfEveryBodyAndOfOneRenderedMeanwhile() {
        bodies.keep(key("稀土", ANONYMOUS), "<p>old version</p>", null, bodies.generation());
        long renderingBegan = bodies.generation();

        bodies.forget();
        assertEquals(Optional.empty(), bodies.find(key("稀土", ANONYMOUS)));
        bodies.keep(key("稀土", ANONYMOUS), "<p>rendered from the old version</p>", null, renderingBegan);
        assertEquals(Optional.empty(), bodies.find(key("稀土", ANONYMOUS)), "begun before the forgetting");

        bodies.keep(key("稀土", ANONYMOUS), "<p>new version</p>", null, bodies.generation());
        assertEquals("<p>new version</p>", bodies.find(key("稀土", ANONYMOUS)).orElseThrow().html());
    }

    @Test
    void onlyAnAnonymousVisitorsBodyHasAKey() {
        assertTrue(RenderedBodies.keyOf("cases/mine", Language.EN, "/cases", TILES, Map.of(),
                Map.of("signedIn", true)).isEmpty());
        assertTrue(RenderedBodies.keyOf("cases/mine", Language.EN, "/cases", TILES, Map.of(), Map.of()).isEmpty(),
                "a visitor not said to be anonymous is not taken for one");
    }

    @Test
    void aModelThatCannotBeComparedIsRenderedEveryTime() {
        List<String> changing = new java.util.ArrayList<>(List.of("CN1")) {
            @Override
            public int hashCode() {
                throw new java.util.ConcurrentModificationException();
            }
        };
        assertTrue(RenderedBodies.keyOf("lookup/patents", Language.EN, "/lookup/patents", TILES,
                Map.of("hits", changing), ANONYMOUS).isEmpty());
    }

    @Test
    void longBodiesAreNotKeptAndManyAreLetGoTogether() {
        bodies.keep(key("long", ANONYMOUS), "x".repeat(RenderedBodies.LONGEST + 1), null, bodies.generation());
        assertEquals(Optional.empty(), bodies.find(key("long", ANONYMOUS)));

        for (int i = 0; i < RenderedBodies.MOST; i++) {
            bodies.keep(key("q" + i, ANONYMOUS), "<p>" + i + "</p>", null, bodies.generation());
        }
        assertTrue(bodies.find(key("q0", ANONYMOUS)).isPresent());
        bodies.keep(key("one more", ANONYMOUS), "<p>one more</p>", null, bodies.generation());
        assertEquals(Optional.empty(), bodies.find(key("q0", ANONYMOUS)), "the kept bodies were let go");
        assertTrue(bodies.find(key("one more", ANONYMOUS)).isPresent());
    }
}
