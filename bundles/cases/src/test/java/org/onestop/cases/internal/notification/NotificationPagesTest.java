package org.onestop.cases.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.api.view.View;
import org.onestop.platform.internal.shell.MessageCatalog;
import org.onestop.platform.internal.shell.PageRenderer;

/**
 * The notifications page and the header's unread count, rendered with the real shell and catalogues from
 * {@code web/}: unread ones marked and opened by a CSRF-protected form, texts escaped, no inline script or style.
 */
class NotificationPagesTest {

    private static final Path WEB = Path.of("../../web").toAbsolutePath().normalize();
    private static final Instant T = Instant.parse("2026-11-21T08:30:00Z");

    private PageRenderer renderer;

    @BeforeEach
    void shell() {
        MessageCatalog messages = new MessageCatalog(WEB, id -> Optional.empty());
        renderer = new PageRenderer(WEB, id -> Optional.empty(), messages);
    }

    private String render(View view, Language language, long unread) throws Exception {
        return renderer.render(view, new PageRenderer.Page(language, "/notifications", "门户", List.of(),
                Map.of("signedIn", true, "name", "张伟", "staff", false, "operator", false, "innovator", true,
                        "unread", unread), "csrf-token"));
    }

    @Test
    void unreadNotificationsAreMarkedAndOpenedThroughAForm() throws Exception {
        StoredNotification unread = new StoredNotification(12, T, "YS-2026-000123 需要补正", "请补交<附图>。",
                "/requests/YS-2026-000123", null);
        StoredNotification read = new StoredNotification(11, T.minusSeconds(3600), "已受理", "您的请求已受理。",
                "/requests/YS-2026-000122", T);
        StoredNotification plain = new StoredNotification(10, T.minusSeconds(7200), "系统维护", "今晚维护。", null, null);
        String html = render(View.of("notification/list", "result", new NotificationList(3, 2, 1, 20,
                List.of(unread, read, plain)), "notice", ""), Language.ZH_CN, 2);

        assertTrue(html.contains("<title>我的通知 · 门户</title>"), html);
        assertTrue(html.contains("共 3 条，未读 2 条"));
        assertTrue(html.contains("action=\"/notifications/12/read\""));
        assertTrue(html.contains("<a class=\"notice-subject\" href=\"/requests/YS-2026-000122\">已受理</a>"),
                "a read one is a plain link");
        assertTrue(html.contains("action=\"/notifications/10/read\""), "one without link can be marked read");
        assertTrue(html.contains("action=\"/notifications/read-all\""));
        assertTrue(html.contains("请补交&lt;附图&gt;。"));
        assertTrue(html.contains("<time datetime=\"2026-11-21T08:30:00Z\">2026-11-21 16:30</time>"),
                "times in the centre's zone");
        assertTrue(html.contains("本页时间均为北京时间。"));
        assertEquals(count(html, "<form"), count(html, "name=\"_csrf\" value=\"csrf-token\""),
                "every form carries the CSRF field");
        assertTrue(html.contains("href=\"/notifications\">通知 <span class=\"bell-count\">2</span>"
                + "<span class=\"visually-hidden\"> 条未读</span></a>"), html);
        assertNoInlineScriptOrStyle(html);
    }

    @Test
    void anEmptyListSaysSoInEnglishAndTheHeaderShowsNoCount() throws Exception {
        String html = render(View.of("notification/list", "result", new NotificationList(0, 0, 1, 20, List.of()),
                "notice", "notification.notice.allRead"), Language.EN, 0);

        assertTrue(html.contains("No notifications yet."), html);
        assertTrue(html.contains("All notifications are marked as read."));
        assertFalse(html.contains("read-all"), "nothing to mark");
        assertTrue(html.contains("<a class=\"tool-link bell\" href=\"/notifications\">Notifications</a>"), html);
        assertFalse(html.contains("bell-count"));
    }

    @Test
    void badPagingShowsTheReason() throws Exception {
        String html = render(View.of("notification/list", "problem", "参数 page 必须是 1 到 1000000 之间的整数。",
                "notice", ""), Language.ZH_CN, 0);

        assertTrue(html.contains("role=\"alert\">参数 page"), html);
    }

    private static int count(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
    }

    private static void assertNoInlineScriptOrStyle(String html) {
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<style"), "no style element");
        assertFalse(Pattern.compile("\\sstyle=|\\son[a-z]+=").matcher(html).find(), "no style or handler attribute");
    }
}
