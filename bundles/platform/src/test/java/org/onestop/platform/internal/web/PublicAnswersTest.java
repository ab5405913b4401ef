package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class PublicAnswersTest {

    private static final String HOME = "http /\nHost:hall.example.cn\nAccept-Language:zh-CN";
    private static final List<Map.Entry<String, String>> HTML = List.of(
            Map.entry("Content-Type", "text/html;charset=utf-8"), Map.entry("Content-Language", "zh-CN"));

    private final AtomicLong now = new AtomicLong();
    private final PublicAnswers answers = new PublicAnswers(now::get);

    private static byte[] page(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerIsGivenAgainForTheSameRequestForASecond() {
        answers.keep(HOME, 200, HTML, page("<h1>知识产权一站式服务</h1>"), null, answers.generation());
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));

        PublicAnswers.Answer kept = answers.find(HOME).orElseThrow();
        assertEquals(200, kept.status());
        assertEquals(HTML, kept.headers());
        assertArrayEquals(page("<h1>知识产权一站式服务</h1>"), kept.body());
        assertEquals(Optional.empty(), answers.find(HOME.replace("zh-CN", "en")), "another language asked");

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals(Optional.empty(), answers.find(HOME), "a second on, the page is made again");
    }

    @Test
    void aChangeLetsGoOfEveryAnswerAndNoneIsKeptWhileItIsUnderWay() {
        answers.keep(HOME, 200, HTML, page("<p>3 news</p>"), null, answers.generation());

        answers.changeBegins();
        assertEquals(Optional.empty(), answers.find(HOME), "a news item is being published");
        answers.keep(HOME, 200, HTML, page("<p>3 news</p>"), null, answers.generation());
        assertEquals(Optional.empty(), answers.find(HOME), "read while it was being published: not kept");

        long before = answers.generation();
        answers.changeEnds();
        answers.keep(HOME, 200, HTML, page("<p>3 news</p>"), null, before);
        assertEquals(Optional.empty(), answers.find(HOME), "made before the change ended: not kept");

        answers.keep(HOME, 200, HTML, page("<p>4 news</p>"), null, answers.generation());
        assertArrayEquals(page("<p>4 news</p>"), answers.find(HOME).orElseThrow().body(), "made after it");
    }

    @Test
    void twoChangesAtOnceKeepAnswersOutUntilBothEnded() {
        answers.changeBegins();
        answers.changeBegins();
        answers.changeEnds();
        answers.keep(HOME, 200, HTML, page("<p>old</p>"), null, answers.generation());
        assertEquals(Optional.empty(), answers.find(HOME), "one change is still under way");
        answers.changeEnds();
        answers.keep(HOME, 200, HTML, page("<p>new</p>"), null, answers.generation());
        assertTrue(answers.find(HOME).isPresent());
    }

    @Test
    void aModuleChangingLetsGoOfThemAll() {
        answers.keep(HOME, 200, HTML, page("<p>tiles</p>"), null, answers.generation());
        long renderingBegan = answers.generation();
        answers.forget();
        assertEquals(Optional.empty(), answers.find(HOME));
        answers.keep(HOME, 200, HTML, page("<p>old tiles</p>"), null, renderingBegan);
        assertEquals(Optional.empty(), answers.find(HOME), "rendered before the module changed");
    }

    @Test
    void aLongBodyIsNotKeptAndTooManyAnswersOrBytesAreAllLetGo() {
        answers.keep(HOME, 200, HTML, new byte[PublicAnswers.LONGEST + 1], null, answers.generation());
        assertEquals(Optional.empty(), answers.find(HOME));

        for (int i = 0; i < PublicAnswers.MOST; i++) {
            answers.keep(HOME + "?q=" + i, 200, HTML, page("<p>" + i + "</p>"), null, answers.generation());
        }
        assertTrue(answers.find(HOME + "?q=0").isPresent());
        answers.keep(HOME + "?q=next", 200, HTML, page("<p>next</p>"), null, answers.generation());
        assertEquals(Optional.empty(), answers.find(HOME + "?q=0"), "past the most: all let go");
        assertTrue(answers.find(HOME + "?q=next").isPresent());

        answers.forget();
        int pages = (int) (PublicAnswers.MOST_BYTES / PublicAnswers.LONGEST);
        for (int i = 0; i < pages; i++) {
            answers.keep(HOME + "?page=" + i, 200, HTML, new byte[PublicAnswers.LONGEST], null, answers.generation());
        }
        assertTrue(answers.find(HOME + "?page=0").isPresent(), "16 MB of pages kept");
        answers.keep(HOME + "?page=more", 200, HTML, page("<p>one more</p>"), null, answers.generation());
        assertEquals(Optional.empty(), answers.find(HOME + "?page=0"), "past the most bytes: all let go");
        assertTrue(answers.find(HOME + "?page=more").isPresent());
    }
}
