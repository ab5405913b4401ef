package org.onestop.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;

class LayoutFramesTest {

    private final AtomicLong now = new AtomicLong();
    private final LayoutFrames frames = new LayoutFrames(now::get);
    private final LayoutFrames.Key key = new LayoutFrames.Key(Language.ZH_CN, "/", "首页", "服务大厅", List.of(),
            Map.of("signedIn", false));

    private static String text(byte[] page) {
        return new String(page, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String layout(String header) {
        return "<header>" + header + "</header><main>" + frames.marker() + "</main>";
    }

    @Test
    void theSameBodyInTheSameFrameIsTheSamePageEncodedOnce() {
        String kept = "<p>稀土</p>";
        frames.keep(key, layout("1"), "first", null);

        byte[] once = frames.around(key, kept, LayoutFramesTest::noToken).orElseThrow();
        byte[] again = frames.around(key, kept, LayoutFramesTest::noToken).orElseThrow();
        assertSame(once, again, "the body kept for anonymous visitors: the page's bytes made once");
        assertEquals("<header>1</header><main><p>稀土</p></main>", text(again));

        byte[] other = frames.around(key, "<p>风电</p>", LayoutFramesTest::noToken).orElseThrow();
        assertEquals("<header>1</header><main><p>风电</p></main>", text(other));
        assertEquals("<header>1</header><main><p>稀土</p></main>",
                text(frames.around(key, new String(kept), LayoutFramesTest::noToken).orElseThrow()),
                "an equal body of its own is framed too");
    }

    @Test
    void aFrameServesOtherBodiesForASecondThenIsRenderedAgain() {
        assertEquals("<header>1</header><main>body</main>", text(frames.keep(key, layout("1"), "body", null)));
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertEquals(Optional.of("<header>1</header><main>other</main>"),
                frames.around(key, "other", LayoutFramesTest::noToken).map(LayoutFramesTest::text));
        assertEquals(Optional.empty(), frames.around(new LayoutFrames.Key(Language.EN, "/", "首页", "服务大厅",
                List.of(), Map.of("signedIn", false)), "other", LayoutFramesTest::noToken),
                "another language, another frame");

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals(Optional.empty(), frames.around(key, "other", LayoutFramesTest::noToken),
                "a second on, the layout is rendered again");
    }

    /** A visitor whose token a frame must not need: the test fails if it is asked. */
    private static String noToken() {
        throw new AssertionError("the token was asked for a frame without one");
    }

    @Test
    void aFrameWithAVisitorsTokenIsFoundOnlyForThatToken() {
        assertEquals("<header>t-1</header><main>body</main>", text(frames.keep(key, layout("t-1"), "body", "t-1")));

        assertEquals(Optional.of("<header>t-1</header><main>other</main>"),
                frames.around(key, "other", () -> "t-1").map(LayoutFramesTest::text));
        assertEquals(Optional.empty(), frames.around(key, "other", () -> "t-2"), "another session's visitor");
    }

    @Test
    void aLayoutThatWritesTheBodyTwiceOrNotAtAllIsRenderedEachTime() {
        String twice = layout("1") + "<aside>" + frames.marker() + "</aside>";
        assertEquals("<header>1</header><main>b</main><aside>b</aside>", text(frames.keep(key, twice, "b", null)));
        assertEquals(Optional.empty(), frames.around(key, "other", LayoutFramesTest::noToken));
        assertEquals("<header>no body</header>", text(frames.keep(key, "<header>no body</header>", "b", null)));
        assertEquals(Optional.empty(), frames.around(key, "other", LayoutFramesTest::noToken));
    }

    @Test
    void noMoreThanTheMostFramesAreKept() {
        for (int i = 0; i <= LayoutFrames.MOST; i++) {
            LayoutFrames.Key address = new LayoutFrames.Key(Language.ZH_CN, "/lookup/patents?q=" + i, null, "大厅",
                    List.of(), Map.of());
            frames.keep(address, layout(Integer.toString(i)), "b", null);
        }
        assertTrue(frames.around(key, "b", LayoutFramesTest::noToken).isEmpty());
        assertTrue(frames.around(new LayoutFrames.Key(Language.ZH_CN, "/lookup/patents?q=0", null, "大厅",
                List.of(), Map.of()), "b", LayoutFramesTest::noToken).isEmpty(), "the first ones were let go");
        assertTrue(frames.around(new LayoutFrames.Key(Language.ZH_CN, "/lookup/patents?q=" + LayoutFrames.MOST,
                null, "大厅", List.of(), Map.of()), "b", LayoutFramesTest::noToken).isPresent());
    }
}
