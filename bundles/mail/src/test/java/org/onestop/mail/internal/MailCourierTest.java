package org.onestop.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.mail.Mail;
import org.onestop.api.module.Paging;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The courier against a real SMTP server (GreenMail) that is up, down, or comes back; time is a test clock. */
class MailCourierTest {

    private static final String SUBJECT = "【知识产权保护中心】请确认您的账户 – 专利预审备案";
    private static final String BODY = "张伟，您好：\n\n请在 24 小时内打开下面的链接确认您的账户：\n"
            + "https://ipcentre.example.cn/account/confirm?token=甲乙丙\n\n内蒙古知识产权保护中心\n";

    @TempDir
    Path folder;

    private TestDatabase database;
    private TestClock clock;
    private final RecordedTrail trail = new RecordedTrail();
    private MailOutbox outbox;
    private int port;
    private GreenMail smtp;

    @BeforeEach
    void openDatabase() throws Exception {
        database = TestDatabase.of(folder, "MAIL");
        clock = new TestClock(Instant.parse("2026-11-21T08:30:00Z"));
        outbox = new MailOutbox(database.dataSource(), trail, clock);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        database.close();
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private MailCourier courier(String host, int maxAttempts) {
        return new MailCourier(database.dataSource(), new MailSettings(host, port, false, "", "",
                "noreply@ipcentre.example.cn", "知识产权一站式服务大厅", Duration.ofSeconds(30), maxAttempts), clock);
    }

    private void post(Mail mail) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            outbox.post(connection, mail);
            connection.commit();
        }
    }

    private OutboxMail only() throws Exception {
        List<OutboxMail> all = outbox.find(null, new Paging(1, 100)).items();
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void chineseSubjectAndTextArriveIntact() throws Exception {
        startSmtp();
        post(new Mail("zhang.wei@example.cn", SUBJECT, BODY));

        MailCourier.Round round = courier("127.0.0.1", 8).deliverDue();

        assertEquals(new MailCourier.Round(1, 0, 0), round);
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals(SUBJECT, received.getSubject());
        assertEquals(BODY, received.getContent().toString().replace("\r\n", "\n"));
        assertEquals("zhang.wei@example.cn", ((InternetAddress) received.getAllRecipients()[0]).getAddress());
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("noreply@ipcentre.example.cn", from.getAddress());
        assertEquals("知识产权一站式服务大厅", from.getPersonal());
        OutboxMail sent = only();
        assertEquals("SENT", sent.status());
        assertEquals(clock.instant(), sent.sentAt());
    }

    @Test
    void whileTheServerIsDownMailWaitsAndIsSentOnceItIsUp() throws Exception {
        post(new Mail("zhang.wei@example.cn", SUBJECT, BODY));
        MailCourier courier = courier("127.0.0.1", 8);

        assertEquals(new MailCourier.Round(0, 1, 0), courier.deliverDue());
        OutboxMail waiting = only();
        assertEquals("PENDING", waiting.status());
        assertEquals(1, waiting.attempts());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), waiting.nextAttemptAt());
        assertNotNull(waiting.lastError());

        startSmtp();
        clock.advance(Duration.ofSeconds(59));
        assertEquals(new MailCourier.Round(0, 0, 0), courier.deliverDue(), "not due yet");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(new MailCourier.Round(1, 0, 0), courier.deliverDue());
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        assertEquals(SUBJECT, smtp.getReceivedMessages()[0].getSubject());
        assertEquals("SENT", only().status());
        assertEquals(1, only().attempts());
    }

    @Test
    void mailIsFailedAfterTheLastAttemptWithGrowingPausesBetween() throws Exception {
        post(new Mail("zhang.wei@example.cn", "主题", "正文"));
        MailCourier courier = courier("127.0.0.1", 3);

        assertEquals(new MailCourier.Round(0, 1, 0), courier.deliverDue());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(new MailCourier.Round(0, 1, 0), courier.deliverDue());
        assertEquals(clock.instant().plus(Duration.ofMinutes(2)), only().nextAttemptAt());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(new MailCourier.Round(0, 0, 1), courier.deliverDue());

        OutboxMail failed = only();
        assertEquals("FAILED", failed.status());
        assertEquals(3, failed.attempts());
        clock.advance(Duration.ofDays(1));
        assertEquals(new MailCourier.Round(0, 0, 0), courier.deliverDue(), "failed mail is left alone");
        assertEquals(Duration.ofMinutes(4), MailCourier.backoff(3));
        assertEquals(Duration.ofMinutes(32), MailCourier.backoff(6));
        assertEquals(Duration.ofHours(1), MailCourier.backoff(7));
        assertEquals(Duration.ofHours(1), MailCourier.backoff(400));
    }

    @Test
    void withoutAnSmtpHostNothingIsSentAndMailWaits() throws Exception {
        startSmtp();
        post(new Mail("zhang.wei@example.cn", "主题", "正文"));

        assertEquals(new MailCourier.Round(0, 0, 0), courier("", 8).deliverDue());

        assertEquals("PENDING", only().status());
        assertEquals(0, only().attempts());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void twoCouriersOnOneDatabaseSendEachMailOnce() throws Exception {
        startSmtp();
        int mails = 30;
        for (int i = 0; i < mails; i++) {
            post(new Mail("user" + i + "@example.cn", "通知 " + i, "正文 " + i));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MailCourier.Round>> rounds = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            MailCourier courier = courier("127.0.0.1", 8);
            rounds.add(nodes.submit((Callable<MailCourier.Round>) () -> {
                start.await();
                int sent = 0;
                for (int run = 0; run < 3; run++) {
                    sent += courier.deliverDue().sent();
                }
                return new MailCourier.Round(sent, 0, 0);
            }));
        }
        start.countDown();
        int sent = 0;
        for (Future<MailCourier.Round> round : rounds) {
            sent += round.get().sent();
        }
        nodes.shutdown();

        assertEquals(mails, sent);
        assertTrue(smtp.waitForIncomingEmail(5000, mails));
        String[] recipients = Arrays.stream(smtp.getReceivedMessages()).map(MailCourierTest::recipient)
                .sorted().toArray(String[]::new);
        assertEquals(mails, recipients.length);
        assertEquals(mails, Arrays.stream(recipients).distinct().count(), "no mail twice");
        assertFalse(outbox.find("PENDING", new Paging(1, 100)).total() > 0);
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
