package org.onestop.cases.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.cases.internal.CaseDatabase;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Notice;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.module.Paging;
import org.onestop.mail.internal.MailOutbox;
import org.onestop.mail.internal.OutboxMail;
import org.onestop.platform.internal.TestOutbox;
import org.onestop.platform.internal.audit.ChainedAuditTrail;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.platform.internal.identity.AccountStore;
import org.onestop.platform.internal.identity.HallAddress;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.platform.internal.shell.MessageCatalog;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/**
 * Notifications against the platform's real schema in Derby, with the real outbox and message catalogues: stored
 * and mailed in the recipient's language within the caller's transaction, and read only by their owner.
 */
class NotificationCentreTest {

    private static final Path WEB = Path.of("../../web").toAbsolutePath().normalize();
    private static final Notice CORRECTION = new Notice(Label.of("YS-2026-000123 需要补正", "YS-2026-000123 needs a correction"),
            Label.of("审查员要求补充说明书附图，请在 2026-12-03 前提交。",
                    "The examiner asks for the drawings of the description by 2026-12-03."),
            "/requests/YS-2026-000123");

    @TempDir
    Path folder;
    private DataSource platform;
    private DataSource otherSchema;
    private TestClock clock;
    private MailOutbox outbox;
    private NotificationCentre centre;
    private NotificationInbox inbox;
    private long zhang;
    private long smith;

    @BeforeEach
    void database() throws Exception {
        TestDatabase database = CaseDatabase.in(folder);
        platform = database.dataSource("PLATFORM");
        otherSchema = database.gateway();
        clock = new TestClock(Instant.parse("2026-11-20T08:00:00Z"));
        outbox = TestOutbox.in(database, new ChainedAuditTrail(platform, clock), clock);
        centre = new NotificationCentre(outbox, new MessageCatalog(WEB, id -> Optional.empty()),
                new HallAddress("", "8080"), new PeopleDirectory(), clock);
        inbox = new NotificationInbox(platform, clock);
        zhang = account("zhang.wei@example.cn", "张伟", Language.ZH_CN);
        smith = account("jane.smith@example.org", "Jane Smith", Language.EN);
    }

    private long account(String email, String name, Language language) throws Exception {
        return Transaction.run(platform, c -> new AccountStore().create(c, new AccountStore.NewAccount(email, name,
                null, AccountKind.INNOVATOR, "x", true, false, language, Set.of()), clock.instant()));
    }

    /** Notifies in a transaction on a connection of another schema, as a module would, committed or not. */
    private void notify(long account, Notice notice, boolean commit) throws Exception {
        try (Connection c = otherSchema.getConnection()) {
            c.setAutoCommit(false);
            centre.notify(c, account, notice);
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
        }
    }

    private List<OutboxMail> mail() throws Exception {
        return outbox.find(null, new Paging(1, 100)).items();
    }

    @Test
    void aNotificationIsStoredAndMailedInTheAccountsLanguage() throws Exception {
        notify(zhang, CORRECTION, true);
        notify(smith, CORRECTION, true);

        StoredNotification chinese = inbox.list(zhang, new Paging(1, 10)).items().get(0);
        assertEquals("YS-2026-000123 需要补正", chinese.subject());
        assertEquals("审查员要求补充说明书附图，请在 2026-12-03 前提交。", chinese.text());
        assertEquals("/requests/YS-2026-000123", chinese.link());
        assertEquals(clock.instant(), chinese.createdAt());
        assertFalse(chinese.read());
        StoredNotification english = inbox.list(smith, new Paging(1, 10)).items().get(0);
        assertEquals("YS-2026-000123 needs a correction", english.subject());

        List<OutboxMail> mail = mail();
        assertEquals(2, mail.size());
        OutboxMail toSmith = mail.get(0);
        assertEquals("jane.smith@example.org", toSmith.recipient());
        assertEquals("YS-2026-000123 needs a correction", toSmith.subject());
        assertTrue(toSmith.body().contains("The examiner asks for the drawings"), toSmith.body());
        assertTrue(toSmith.body().contains("Details: http://localhost:8080/requests/YS-2026-000123"), toSmith.body());
        OutboxMail toZhang = mail.get(1);
        assertEquals("zhang.wei@example.cn", toZhang.recipient());
        assertTrue(toZhang.body().contains("查看详情：http://localhost:8080/requests/YS-2026-000123"), toZhang.body());
        assertTrue(toZhang.body().contains("http://localhost:8080/notifications"));
    }

    @Test
    void aRolledBackTransactionLeavesNeitherNotificationNorMail() throws Exception {
        notify(zhang, CORRECTION, false);

        assertEquals(0, inbox.list(zhang, new Paging(1, 10)).total());
        assertEquals(0, inbox.unread(zhang));
        assertEquals(List.of(), mail());
    }

    @Test
    void aNoticeWithoutLinkIsMailedWithoutOneAndALinkToAnotherSiteIsRefused() throws Exception {
        notify(smith, new Notice(Label.of("系统维护", "Maintenance"), Label.of("今晚维护。", "Down tonight."), null),
                true);
        assertNull(inbox.list(smith, new Paging(1, 10)).items().get(0).link());
        assertFalse(mail().get(0).body().contains("Details:"));

        for (String link : List.of("https://evil.example/x", "//evil.example/x", "requests/1", "/a\\b")) {
            assertThrows(IllegalArgumentException.class, () -> notify(smith, new Notice(Label.of("x", "x"),
                    Label.of("x", "x"), link), true), link);
        }
        assertEquals(1, inbox.list(smith, new Paging(1, 10)).total(), "nothing stored for a refused one");
    }

    @Test
    void theListIsNewestFirstAndPagedAndCountsTheUnread() throws Exception {
        for (int i = 1; i <= 5; i++) {
            notify(zhang, new Notice(Label.of("第 " + i + " 条", "No. " + i), Label.of("内容", "text"), null), true);
            clock.advance(Duration.ofMinutes(1));
        }

        NotificationList first = inbox.list(zhang, new Paging(1, 2));
        assertEquals(5, first.total());
        assertEquals(5, first.unread());
        assertEquals(3, first.pages());
        assertEquals(List.of("第 5 条", "第 4 条"), first.items().stream().map(StoredNotification::subject).toList());
        assertEquals(List.of("第 1 条"), inbox.list(zhang, new Paging(3, 2)).items().stream()
                .map(StoredNotification::subject).toList());
        assertEquals(0, inbox.unread(smith));
    }

    @Test
    void openingACasesPageReadsTheReadersNotificationsOfThatCaseOnly() throws Exception {
        notify(zhang, CORRECTION, true);
        notify(zhang, new Notice(Label.of("已受理", "Accepted"), Label.of("x", "x"), "/requests/YS-2026-000123?tab=files"),
                true);
        notify(zhang, new Notice(Label.of("另一件", "Another"), Label.of("x", "x"), "/requests/YS-2026-0001234"), true);
        notify(zhang, new Notice(Label.of("其他", "Other"), Label.of("x", "x"), "/preexam/entity"), true);
        notify(smith, CORRECTION, true);

        assertEquals(2, inbox.markCaseRead(zhang, "YS-2026-000123"));
        assertEquals(List.of("其他", "另一件"), inbox.list(zhang, new Paging(1, 10)).items().stream()
                .filter(n -> !n.read()).map(StoredNotification::subject).toList(), "another case's stay unread");
        assertEquals(1, inbox.unread(smith), "and so do another reader's");
        assertEquals(0, inbox.markCaseRead(zhang, "YS-2026-000123"), "read once");

        notify(smith, new Notice(Label.of("待审查", "To examine"), Label.of("x", "x"), "/staff/cases/YS-2026-000123"),
                true);
        assertEquals(2, inbox.markCaseRead(smith, "YS-2026-000123"), "the staff's link to the case counts too");
    }

    @Test
    void onlyTheOwnerMarksANotificationRead() throws Exception {
        notify(zhang, CORRECTION, true);
        notify(zhang, CORRECTION, true);
        long id = inbox.list(zhang, new Paging(1, 10)).items().get(0).id();

        assertEquals(Optional.empty(), inbox.markRead(smith, id), "not Smith's");
        assertEquals(0, inbox.markAllRead(smith));
        assertEquals(2, inbox.unread(zhang), "Smith changed nothing");
        assertEquals(0, inbox.list(smith, new Paging(1, 10)).total(), "and sees none of Zhang's");

        clock.advance(Duration.ofMinutes(5));
        StoredNotification read = inbox.markRead(zhang, id).orElseThrow();
        assertTrue(read.read());
        assertEquals(clock.instant(), read.readAt());
        assertEquals(1, inbox.unread(zhang));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(clock.instant().minus(Duration.ofMinutes(5)), inbox.markRead(zhang, id).orElseThrow().readAt(),
                "reading it again keeps the first time");

        assertEquals(1, inbox.markAllRead(zhang));
        assertEquals(0, inbox.unread(zhang));
        assertEquals(Optional.empty(), inbox.markRead(zhang, 999_999));
    }

    @Test
    void aNotificationForNoAccountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> notify(424242, CORRECTION, true));
    }
}
