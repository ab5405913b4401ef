package org.onestop.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.api.view.View;
import org.onestop.platform.internal.audit.Verification.Problem;
import org.onestop.mail.internal.MailSettings;
import org.onestop.mail.internal.OutboxMail;
import org.onestop.mail.internal.OutboxPage;
import org.onestop.platform.internal.shell.MessageCatalog;
import org.onestop.platform.internal.shell.PageRenderer;

/**
 * The operators' pages rendered with the real shell and catalogues from {@code web/}: their texts in both languages,
 * escaping, no inline script or style, and the retry form's CSRF field.
 */
class OpsPagesTest {

    private static final Path WEB = Path.of("../../web").toAbsolutePath().normalize();

    private MessageCatalog messages;
    private PageRenderer renderer;

    @BeforeEach
    void shell() {
        messages = new MessageCatalog(WEB, id -> Optional.empty());
        renderer = new PageRenderer(WEB, id -> Optional.empty(), messages);
    }

    private String render(View view, Language language) throws Exception {
        return renderer.render(view, new PageRenderer.Page(language, "/ops/audit", "门户", List.of(),
                java.util.Map.of("signedIn", true, "name", "运维", "staff", true, "operator", true, "innovator", false),
                "csrf-token"));
    }

    private static void assertNoInlineScriptOrStyle(String html) {
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<style"), "no style element");
        assertFalse(Pattern.compile("\\sstyle=|\\son[a-z]+=").matcher(html).find(), "no style or handler attribute");
    }

    @Test
    void theAuditPageListsEntriesEscaped() throws Exception {
        RecordedEntry entry = new RecordedEntry(7, Instant.parse("2026-11-21T08:30:12Z"), "account:3", "login.failed",
                "account:3", "192.0.2.1", "<script>alert(1)</script>", EntryHash.GENESIS, EntryHash.GENESIS);
        Map<String, String> filter = Map.of("actor", "", "action", "login", "from", "2026-11-01", "to", "");
        AuditLine line = new AuditLine(7, entry.time(), "account:3", "张伟 (zhang@example.cn)", "login.failed",
                "Login failed", "Email zhang@example.cn", "192.0.2.1", entry.detail());
        AuditLine unknown = new AuditLine(6, entry.time(), "runtime", "The service hall (system)", "lookup.gi.deleted",
                null, "", "", "");
        String html = render(View.of("ops/audit", "filter", filter,
                "result", new AuditPage(120, 2, 50, List.of(entry)), "lines", List.of(line, unknown)), Language.EN);

        assertTrue(html.contains("<title>Audit trail · 门户</title>"), html);
        assertTrue(html.contains("<time datetime=\"2026-11-21T08:30:12Z\">2026-11-21 16:30:12</time>"),
                "the time in the centre's zone, to the second");
        assertTrue(html.contains("All times on this page are Beijing time."), "said once");
        assertFalse(html.contains("UTC"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("<a href=\"/ops/audit?actor=account%3A3\" title=\"account:3\">张伟 (zhang@example.cn)</a>"),
                "who by name, a link to their entries");
        assertTrue(html.contains(">Login failed</td>"));
        assertTrue(html.contains("<code>lookup.gi.deleted</code>"), "an action without words shows its code");
        assertTrue(html.contains("value=\"login\""));
        assertTrue(html.contains("href=\"/ops/audit?actor=&amp;action=login&amp;from=2026-11-01&amp;to=&amp;page=3\""),
                "the pager keeps the filters");
        assertTrue(Pattern.compile("<link rel=\"stylesheet\" href=\"/static/ops/[0-9a-f]+/ops.css\">").matcher(html).find(),
                "the operations style sheet at its versioned address, cached for good");
        assertNoInlineScriptOrStyle(html);
    }

    @Test
    void aBadFilterShowsTheFormAndTheReason() throws Exception {
        Map<String, String> filter = Map.of("actor", "", "action", "", "from", "yesterday", "to", "");
        String html = render(View.of("ops/audit", "filter", filter, "error", "起始时间无效"), Language.ZH_CN);

        assertTrue(html.contains("role=\"alert\">起始时间无效</p>"), html);
        assertTrue(html.contains("value=\"yesterday\""));
    }

    @Test
    void theVerificationPageSaysIntactOrNamesTheEntry() throws Exception {
        String intact = render(View.of("ops/verification", "report",
                VerificationReport.of(Verification.intact(42), messages, Language.ZH_CN)), Language.ZH_CN);
        String broken = render(View.of("ops/verification", "report", VerificationReport.of(
                Verification.broken(4, 5, Problem.ALTERED, null), messages, Language.EN)), Language.EN);

        assertTrue(intact.contains("审计日志完整：全部 42 条记录均与写入时一致"), intact);
        assertTrue(broken.contains("The audit trail is damaged at entry 5."), broken);
        assertTrue(broken.contains("Entry 5 was changed after it was recorded"));
        assertTrue(broken.contains("4 entries before it are intact."));
        assertNoInlineScriptOrStyle(broken);
    }

    @Test
    void theOutboxShowsTheTextAndARetryFormForFailedMail() throws Exception {
        Instant t = Instant.parse("2026-11-21T08:30:00Z");
        OutboxMail failed = new OutboxMail(12, "zhang.wei@example.cn", "账户确认", "请打开 https://example.cn/c?a=1&b=2",
                t, "FAILED", 8, t, "Connection refused", null);
        OutboxMail sent = new OutboxMail(11, "li.na@example.cn", "通知", "正文", t, "SENT", 0, t, null, t);
        MailSettings off = new MailSettings("", 587, true, "", "", "noreply@example.cn", "大厅",
                Duration.ofSeconds(30), 8);
        String html = render(View.of("ops/outbox", "status", "", "settings", off, "retried", "",
                "result", new OutboxPage(2, 1, 20, null, List.of(failed, sent))), Language.ZH_CN);

        assertTrue(html.contains("尚未配置 SMTP 服务器"), html);
        assertTrue(html.contains("请打开 https://example.cn/c?a=1&amp;b=2"));
        assertTrue(html.contains("<form method=\"post\" action=\"/ops/outbox/12/retry\">"));
        assertTrue(html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"csrf-token\">"));
        assertFalse(html.contains("/ops/outbox/11/retry"), "no retry for sent mail");
        assertTrue(html.contains("Connection refused"));
        assertNoInlineScriptOrStyle(html);
    }

    @Test
    void everyOpsTextExistsInBothLanguagesAndEveryTemplateKeyIsDefined() throws Exception {
        Set<String> chinese = opsKeys("messages_zh_CN.properties");
        Set<String> english = opsKeys("messages_en.properties");
        assertEquals(chinese, english);
        Set<String> used = new TreeSet<>();
        Matcher key = Pattern.compile("t\\(\"(ops\\.[A-Za-z0-9_.]+)\"").matcher(templates());
        while (key.find()) {
            used.add(key.group(1));
        }
        used.removeIf(k -> k.endsWith("."));
        assertTrue(chinese.containsAll(used), "undefined: " + used.stream().filter(k -> !chinese.contains(k))
                .collect(Collectors.toList()));
        for (Problem problem : Problem.values()) {
            assertTrue(chinese.contains("ops.audit.problem." + problem.name().toLowerCase(java.util.Locale.ROOT)));
        }
        for (String status : List.of("all", "pending", "sent", "failed")) {
            assertTrue(chinese.contains("ops.outbox.status." + status));
        }
    }

    private static Set<String> opsKeys(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(WEB.resolve("i18n").resolve(file), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts.stringPropertyNames().stream().filter(k -> k.startsWith("ops.")).collect(Collectors.toCollection(
                TreeSet::new));
    }

    private static String templates() throws IOException {
        try (Stream<Path> files = Files.list(WEB.resolve("templates/ops"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }
}
