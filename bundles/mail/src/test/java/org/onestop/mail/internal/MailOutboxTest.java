package org.onestop.mail.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.audit.AuditEntry;
import org.onestop.api.identity.Caller;
import org.onestop.api.mail.Mail;
import org.onestop.api.mail.Outbox;
import org.onestop.api.module.Paging;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/** Posting mail in the caller's transaction, refusing what cannot be sent safely, listing and retrying. */
class MailOutboxTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private TestClock clock;
    private final RecordedTrail trail = new RecordedTrail();
    private MailOutbox outbox;

    @BeforeEach
    void openDatabase() throws Exception {
        database = TestDatabase.of(folder, "MAIL");
        clock = new TestClock(Instant.parse("2026-11-21T08:30:00Z"));
        outbox = new MailOutbox(database.dataSource(), trail, clock);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private void post(Mail mail, boolean commit) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            outbox.post(connection, mail);
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    private List<OutboxMail> all() throws Exception {
        return outbox.find(null, new Paging(1, 100)).items();
    }

    @Test
    void mailPostedInACommittedTransactionWaitsPending() throws Exception {
        post(new Mail("zhang.wei@example.cn", "账户确认", "请点击链接确认：https://example.cn/c/abc"), true);

        OutboxMail mail = all().get(0);
        assertEquals("zhang.wei@example.cn", mail.recipient());
        assertEquals("账户确认", mail.subject());
        assertEquals("PENDING", mail.status());
        assertEquals(0, mail.attempts());
        assertEquals(clock.instant(), mail.createdAt());
        assertEquals(clock.instant(), mail.nextAttemptAt());
        assertNull(mail.sentAt());
        assertEquals(1, outbox.find("PENDING", new Paging(1, 10)).total());
        assertEquals(0, outbox.find("SENT", new Paging(1, 10)).total());
    }

    @Test
    void mailPostedInARolledBackTransactionLeavesNothing() throws Exception {
        post(new Mail("zhang.wei@example.cn", "账户确认", "text"), false);

        assertEquals(List.of(), all());
    }

    @Test
    void headerInjectionAndNonAddressesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MailOutbox.check(new Mail("a@example.cn", "Hello\r\nBcc: victim@example.org", "x")));
        assertThrows(IllegalArgumentException.class,
                () -> MailOutbox.check(new Mail("a@example.cn\nBcc: victim@example.org", "Hello", "x")));
        assertThrows(IllegalArgumentException.class, () -> MailOutbox.check(new Mail("a@example.cn", "A\u0085B", "x")));
        for (String address : List.of("", "plain", "a@b", "a@b.", "@example.cn", "a b@example.cn",
                "a@example.cn, b@example.cn", "Name <a@example.cn>")) {
            assertThrows(IllegalArgumentException.class, () -> MailOutbox.check(new Mail(address, "Hi", "x")),
                    address);
        }
        assertThrows(IllegalArgumentException.class, () -> MailOutbox.check(new Mail("a@example.cn", "Hi", null)));
        assertThrows(IllegalArgumentException.class,
                () -> MailOutbox.check(new Mail("a@example.cn", "Hi", "x".repeat(MailOutbox.BODY_MAX + 1))));
        assertDoesNotThrow(() -> MailOutbox.check(new Mail(" li.na+ip@mail.example.com.cn ", "你好", "正文\r\n第二行")));
    }

    @Test
    void onlyFailedMailIsRetriedAndTheRetryIsAudited() throws Exception {
        post(new Mail("a@example.cn", "one", "x"), true);
        post(new Mail("b@example.cn", "two", "x"), true);
        long failed = all().get(0).id();
        long pending = all().get(1).id();
        database.execute("UPDATE MAIL_OUTBOX SET STATUS = 'FAILED', ATTEMPTS = 8 WHERE ID = " + failed);

        assertEquals(MailOutbox.Retry.RETRIED, outbox.retry(failed, Caller.anonymous("192.0.2.7")));
        assertEquals(MailOutbox.Retry.NOT_FAILED, outbox.retry(pending, Caller.anonymous("192.0.2.7")));
        assertEquals(MailOutbox.Retry.NO_SUCH_MAIL, outbox.retry(9999, Caller.anonymous("192.0.2.7")));

        OutboxMail retried = all().get(0);
        assertEquals("PENDING", retried.status());
        assertEquals(0, retried.attempts());
        assertEquals(1, trail.entries().size(), "only the retry that happened is audited");
        AuditEntry entry = trail.entries().get(0);
        assertEquals("mail.retried", entry.action());
        assertEquals("mail:" + failed, entry.target());
        assertEquals("192.0.2.7", entry.clientAddress());
        assertEquals(List.of(false), trail.autoCommits(), "recorded in the retry's transaction");
    }

    @Test
    void itsSizeCountsMailWaitingAndMailGivenUpOn() throws Exception {
        assertEquals(new Outbox.Size(0, 0), outbox.size());
        post(new Mail("a@example.cn", "one", "x"), true);
        post(new Mail("b@example.cn", "two", "x"), true);
        post(new Mail("c@example.cn", "three", "x"), true);
        post(new Mail("d@example.cn", "four", "x"), false);
        database.execute("UPDATE MAIL_OUTBOX SET STATUS = 'FAILED' WHERE SUBJECT = 'one'");
        database.execute("UPDATE MAIL_OUTBOX SET STATUS = 'SENT' WHERE SUBJECT = 'two'");

        assertEquals(new Outbox.Size(1, 1), outbox.size());
    }
}
