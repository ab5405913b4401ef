package org.onestop.info.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.module.Paging;
import org.onestop.info.internal.ContentSeed.ArticleSeed;
import org.onestop.info.internal.ContentSeed.ArticleText;
import org.onestop.testing.DefaultZone;
import org.onestop.testing.TestDatabase;

class NewsroomTest {

    @TempDir
    Path folder;

    private Newsroom newsroom;

    private static ArticleSeed seed(String slug, String kind, String date, String zh, String en) {
        Map<String, ArticleText> text = new LinkedHashMap<>();
        text.put("zh-CN", new ArticleText(zh, zh + "的摘要", List.of("第一段。", "第二段。")));
        if (en != null) {
            text.put("en", new ArticleText(en, "About " + en, List.of("First paragraph.", "Second paragraph.")));
        }
        return new ArticleSeed(slug, kind, LocalDate.parse(date), null, text);
    }

    @BeforeEach
    void seed() throws Exception {
        newsroom = new Newsroom(TestDatabase.of(folder, "INFO").dataSource());
        newsroom.add(List.of(
                seed("preexam-opens", "NEWS", "2026-10-12", "专利预审服务上线", "Patent pre-examination opens"),
                seed("holiday", "NOTICE", "2026-11-20", "关于春节假期服务安排的通知", null),
                seed("pledges", "NEWS", "2023-04-27", "质押融资增长100%", "Pledge financing up 100%"),
                seed("granted", "NEWS", "2021-04-26", "授权专利超过1000件", "Over 1000 patents granted")));
    }

    private List<String> slugs(String text, String kind, int page, int size, Language language)
            throws SQLException {
        return newsroom.find(ArticleQuery.of(text, kind, new Paging(page, size)), language).items().stream()
                .map(ArticleSummary::slug).toList();
    }

    @Test
    void aDayPublishedUnderOneZoneReadsTheSameUnderAnother() throws Exception {
        Path other = Files.createDirectories(folder.resolve("zones"));
        try (DefaultZone zone = DefaultZone.of("Asia/Shanghai"); TestDatabase db = TestDatabase.of(other, "INFO")) {
            new Newsroom(db.dataSource()).add(List.of(seed("year-end", "NOTICE", "2026-12-31", "年末服务安排", null)));

            zone.change("America/New_York");
            assertEquals(LocalDate.of(2026, 12, 31), new Newsroom(db.dataSource()).get("year-end", Language.ZH_CN)
                    .orElseThrow().publishedOn(), "a calendar day is stored as the day, not as an instant");
            assertEquals("2026-12-31", db.wallClock("SELECT PUBLISHED_ON FROM ARTICLE"));
        }
    }

    @Test
    void listsNewestFirstWithTotalAndPages() throws Exception {
        ArticlePage page = newsroom.find(ArticleQuery.of(null, null, new Paging(1, 3)), Language.ZH_CN);

        assertEquals(4, page.total());
        assertEquals(2, page.pages());
        assertEquals(List.of("holiday", "preexam-opens", "pledges"), page.items().stream()
                .map(ArticleSummary::slug).toList());
        assertEquals(List.of("granted"), slugs(null, null, 2, 3, Language.ZH_CN));
    }

    @Test
    void searchesTitlesInChineseAndEnglish() throws Exception {
        assertEquals(List.of("preexam-opens"), slugs("预审", null, 1, 10, Language.ZH_CN));
        assertEquals(List.of("preexam-opens"), slugs("PRE-EXAMINATION", null, 1, 10, Language.EN));
        assertEquals(List.of("holiday"), slugs("春节 通知", null, 1, 10, Language.ZH_CN));
        assertEquals(List.of(), slugs("春节 预审", null, 1, 10, Language.ZH_CN));
    }

    @Test
    void wildcardCharactersInASearchAreLiteral() throws Exception {
        assertEquals(List.of("pledges"), slugs("100%", null, 1, 10, Language.ZH_CN));
        assertEquals(List.of(), slugs("_", null, 1, 10, Language.ZH_CN));
    }

    @Test
    void narrowsToOneKind() throws Exception {
        assertEquals(List.of("holiday"), slugs(null, "NOTICE", 1, 10, Language.ZH_CN));
        assertEquals(3, newsroom.find(ArticleQuery.of(null, "NEWS", new Paging(1, 10)), Language.ZH_CN).total());
    }

    @Test
    void englishReadersGetChineseWhereNoTranslationExists() throws Exception {
        Article translated = newsroom.get("preexam-opens", Language.EN).orElseThrow();
        Article original = newsroom.get("holiday", Language.EN).orElseThrow();

        assertEquals("Patent pre-examination opens", translated.title());
        assertEquals(List.of("First paragraph.", "Second paragraph."), translated.body());
        assertEquals("en", translated.lang());
        assertEquals("关于春节假期服务安排的通知", original.title());
        assertEquals("zh-CN", original.lang());
        assertTrue(newsroom.get("nothing", Language.EN).isEmpty());
    }

    @Test
    void aBatchWithABadItemAddsNothing() throws Exception {
        assertThrows(SQLException.class, () -> newsroom.add(List.of(
                seed("new-one", "NEWS", "2026-11-01", "新消息", null),
                seed("holiday", "NOTICE", "2026-11-02", "重复的编号", null))));

        assertTrue(newsroom.get("new-one", Language.ZH_CN).isEmpty());
        assertEquals(4, newsroom.find(ArticleQuery.of(null, null, new Paging(1, 10)), Language.ZH_CN).total());
    }
}
