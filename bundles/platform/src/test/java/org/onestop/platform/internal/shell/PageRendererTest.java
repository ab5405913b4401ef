package org.onestop.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.view.View;

class PageRendererTest {

    @TempDir
    Path web;

    private PageRenderer renderer;

    /** A shell like the real one, reduced to what the assertions look at. */
    @BeforeEach
    void writeShell() throws Exception {
        write("templates/shell/layout.ftlh", "<html lang=\"${lang}\"><title>${title!portalTitle}</title>"
                + "<nav><#list modules as m><a href=\"${m.href}\">${m.title}</a></#list></nav>"
                + "<main>${body?no_esc}</main></html>");
        write("templates/shell/home.ftlh", "<h1>${t(\"shell.home\")}</h1>");
        write("templates/news/item.ftlh", "<#assign title = item.title><p>${item.title}</p><p>${note}</p>");
        write("i18n/messages_zh_CN.properties", "shell.home=首页\n");
        write("i18n/messages_en.properties", "shell.home=Home\n");
        MessageCatalog messages = new MessageCatalog(web, id -> Optional.empty());
        renderer = new PageRenderer(web, id -> Optional.empty(), messages);
    }

    private void write(String name, String text) throws IOException {
        Path file = web.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A model value shaped like a module's record. */
    public record Item(String title) {
    }

    /** The running modules' tiles: one list while the modules stay as they are, as the portal keeps it. */
    private final List<Tile> tiles = List.of(new Tile("news", "News", "What is new", "/news",
            "/static/news/icon.svg"));

    private PageRenderer.Page page(Language language) {
        return new PageRenderer.Page(language, "/news/1", "OneStop Hall", tiles, java.util.Map.of("signedIn", false),
                "token");
    }

    @Test
    void rendersTheViewInsideTheLayoutInTheRequestedLanguage() throws Exception {
        String zh = renderer.render(View.of("shell/home"), page(Language.ZH_CN));
        String en = renderer.render(View.of("shell/home"), page(Language.EN));

        assertTrue(zh.startsWith("<html lang=\"zh-CN\"><title>OneStop Hall</title>"), zh);
        assertTrue(zh.contains("<main><h1>首页</h1></main>"), zh);
        assertTrue(en.contains("<main><h1>Home</h1></main>"), en);
        assertTrue(en.contains("<a href=\"/news\">News</a>"), en);
    }

    @Test
    void aViewSetsThePageTitleAndItsValuesAreEscaped() throws Exception {
        String html = renderer.render(View.of("news/item", "item", new Item("Fees & <b>dates</b>"),
                "note", "<script>alert(1)</script>"), page(Language.EN));

        assertTrue(html.contains("<title>Fees &amp; &lt;b&gt;dates&lt;/b&gt;</title>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void theCsrfTokenIsAskedForOnlyByAPageWithAFormAndOnce() throws Exception {
        write("templates/news/form.ftlh", "<form><input name=\"_csrf\" value=\"${csrf}\"></form>"
                + "<form><input name=\"_csrf\" value=\"${csrf}\"></form>");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        PageRenderer.Page page = new PageRenderer.Page(Language.EN, "/news/1", "OneStop Hall", List.of(),
                java.util.Map.of("signedIn", false), () -> "token-" + asked.incrementAndGet());

        renderer.render(View.of("shell/home"), page);
        assertEquals(0, asked.get(), "a page without a form");

        String html = renderer.render(View.of("news/form"), page);
        assertEquals(1, asked.get());
        assertEquals(2, html.split("value=\"token-1\"", -1).length - 1, html);
    }

    @Test
    void anOperatorsTemplateEditShowsWithoutRestart() throws Exception {
        assertTrue(renderer.render(View.of("shell/home"), page(Language.EN)).contains("<h1>Home</h1>"));
        write("templates/shell/home.ftlh", "<h1>Welcome</h1>");
        Files.setLastModifiedTime(web.resolve("templates/shell/home.ftlh"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));

        long deadline = System.currentTimeMillis() + 10_000;
        String html = renderer.render(View.of("shell/home"), page(Language.EN));
        while (!html.contains("<h1>Welcome</h1>") && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
            html = renderer.render(View.of("shell/home"), page(Language.EN));
        }
        assertTrue(html.contains("<h1>Welcome</h1>"), html);
    }

    @Test
    void aKeptLayoutFramesEachBodyAndFollowsTheAddressAndTheVisitor() throws Exception {
        write("templates/shell/layout.ftlh", "<a href=\"/lang/en?next=${path?url('UTF-8')}\">EN</a>"
                + "<#if visitor.signedIn><form><input name=\"_csrf\" value=\"${csrf}\"></form></#if>"
                + "<main>${body?no_esc}</main>");
        Item first = new Item("First");
        Item second = new Item("Second $1 \\ <b>");

        PageRenderer.Page page = page(Language.EN);
        String one = renderer.render(View.of("news/item", "item", first, "note", "a"), page);
        String two = renderer.render(View.of("news/item", "item", second, "note", "b"), page);
        assertTrue(one.endsWith("<main><p>First</p><p>a</p></main>"), one);
        assertTrue(two.endsWith("<main><p>Second $1 \\ &lt;b&gt;</p><p>b</p></main>"), two);

        String elsewhere = renderer.render(View.of("news/item", "item", first, "note", "a"),
                new PageRenderer.Page(Language.EN, "/news/2", "OneStop Hall", page.tiles(),
                        java.util.Map.of("signedIn", false), "token"));
        assertTrue(elsewhere.startsWith("<a href=\"/lang/en?next=%2Fnews%2F2\">"), elsewhere);

        java.util.Map<String, Object> signedIn = java.util.Map.of("signedIn", true);
        for (String token : List.of("token-of-one", "token-of-another")) {
            String html = renderer.render(View.of("news/item", "item", first, "note", "a"),
                    new PageRenderer.Page(Language.EN, "/news/1", "OneStop Hall", List.of(), signedIn, token));
            assertTrue(html.contains("value=\"" + token + "\""), "every visitor's own token: " + html);
        }
    }

    @Test
    void anAnonymousVisitorsBodyIsRenderedOnceForAnEqualModelButNeverKeptWithATokenOrForTheSignedIn()
            throws Exception {
        java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        freemarker.template.TemplateMethodModelEx count = arguments -> rendered.incrementAndGet();
        write("templates/news/counted.ftlh", "<#assign title = item.title><p>${item.title} ${count()}</p>");

        String first = renderer.render(View.of("news/counted", "item", new Item("Fees"), "count", count),
                page(Language.EN));
        String again = renderer.render(View.of("news/counted", "item", new Item("Fees"), "count", count),
                page(Language.EN));
        assertEquals(first, again);
        assertTrue(again.contains("<title>Fees</title>") && again.contains("<p>Fees 1</p>"), again);
        assertEquals(1, rendered.get(), "an equal model: the body rendered a moment ago");

        assertTrue(renderer.render(View.of("news/counted", "item", new Item("Dates"), "count", count),
                page(Language.EN)).contains("<p>Dates 2</p>"));
        renderer.render(View.of("news/counted", "item", new Item("Fees"), "count", count), page(Language.ZH_CN));
        assertEquals(3, rendered.get(), "another model or language is rendered");

        for (int i = 0; i < 2; i++) {
            renderer.render(View.of("news/counted", "item", new Item("Fees"), "count", count),
                    new PageRenderer.Page(Language.EN, "/news/1", "OneStop Hall", List.of(),
                            java.util.Map.of("signedIn", true), "token"));
        }
        assertEquals(5, rendered.get(), "a signed-in visitor's page is rendered for every request");

        renderer.forgetBodies();
        renderer.render(View.of("news/counted", "item", new Item("Fees"), "count", count), page(Language.EN));
        assertEquals(6, rendered.get(), "forgotten when a module's classes were discarded");

        write("templates/news/form.ftlh", "<form><input name=\"_csrf\" value=\"${csrf}\"></form>");
        for (String token : List.of("token-of-one", "token-of-another")) {
            String html = renderer.render(View.of("news/form"), new PageRenderer.Page(Language.EN, "/news/1",
                    "OneStop Hall", List.of(), java.util.Map.of("signedIn", false), token));
            assertTrue(html.contains("value=\"" + token + "\""), "every visitor's own token: " + html);
        }
    }

    @Test
    void aMissingTemplateIsAnError() {
        assertThrows(IOException.class, () -> renderer.render(View.of("gone/page"), page(Language.EN)));
    }

    @Test
    void viewsNeedPairsOfNamesAndValuesAndReadNullsAsMissing() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> View.of("news/item", "item"));
        assertEquals("x", View.of("news/item", "a", "x").model().get("a"));
        write("templates/news/maybe.ftlh", "<p>${note!\"none\"}</p>");
        assertTrue(renderer.render(View.of("news/maybe", "note", null), page(Language.EN)).contains("<p>none</p>"));
    }
}
