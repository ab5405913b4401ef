package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.onestop.api.mail.Mail;
import org.onestop.api.mail.Outbox;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What operators see of the running gateway: runtime events in the audit trail and its verification, bad filters,
 * and mail that waits in the outbox without an SMTP server and arrives intact, in Chinese, once one is configured
 * (Jakarta Mail and Angus Mail embedded in the platform bundle, working inside OSGi); the shared scheduler's tasks
 * stopping with the bundle that scheduled them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OperationsIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final String SUBJECT = "【知识产权保护中心】请确认您的账户";
    private static final String TEXT = "张伟，您好：\n\n请打开下面的链接确认您的账户：\nhttps://ipcentre.example.cn/account/confirm?t=甲乙\n";

    @Inject
    private BundleContext context;

    private Http http;
    private Browser ops;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("operations");
    }

    @Before
    public void gatewayAnswers() {
        http = Http.ofRunningGateway(context);
        ops = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
    }

    @Test
    public void theTasksOfABundleStopWhenItReleasesTheScheduler() {
        ServiceReference<Scheduler> reference = context.getServiceReference(Scheduler.class);
        assertNotNull("the platform offers the shared scheduler", reference);
        AtomicInteger released = new AtomicInteger();
        context.getService(reference).every("test.released", Duration.ZERO, Duration.ofMillis(10),
                released::incrementAndGet);
        Await.until("three runs of the task", SOON, released::get, n -> n >= 3);

        context.ungetService(reference); // what the framework does for a bundle that stops
        int runs = released.get();
        AtomicInteger failing = new AtomicInteger();
        ScheduledTask later = context.getService(reference).every("test.failing", Duration.ZERO,
                Duration.ofMillis(10), () -> {
                    failing.incrementAndGet();
                    throw new IllegalStateException("a failing run");
                });
        Await.until("ten runs of a task that fails each time", SOON, failing::get, n -> n >= 10);

        assertEquals("no run of the first task after its bundle released the scheduler", runs, released.get());
        assertTrue(later.active());
        later.close();
        assertFalse(later.active());
        context.ungetService(reference);
    }

    @Test
    public void bundleEventsAreAuditedAndTheTrailVerifiesIntact() throws Exception {
        Bundle hello = context.installBundle(Path.of(context.getProperty(Gateway.EXAMPLES), "hello.jar").toUri()
                .toString());
        hello.uninstall();

        String trail = Await.until("the bundle events in the audit trail", SOON,
                () -> ops.get("/api/ops/audit?actor=runtime&action=bundle.&lang=en").body(),
                body -> body.contains("\"action\":\"bundle.uninstalled\""));
        assertTrue(trail, trail.contains("\"action\":\"bundle.installed\",\"target\":\"bundle:org.onestop.hello\""));
        assertTrue(trail, trail.contains("hello.jar"));
        assertEquals("{\"intact\":true,", ops.get("/api/ops/audit/verification").body().substring(0, 15));
        Http.Answer page = ops.get("/ops/audit?action=bundle.");
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains(">卸载模块</td>"));
        assertTrue(page.body(), page.body().contains("模块 org.onestop.hello"));
        assertTrue(page.body(), page.body().contains(">受理大厅（系统）</a>"));
        assertTrue(ops.get("/ops/audit/verification").body().contains("审计日志完整"));
    }

    @Test
    public void badFiltersGetAClearMessageInTheUsersLanguage() {
        Http.Answer api = ops.get("/api/ops/audit?from=yesterday&lang=en");
        Http.Answer page = ops.get("/ops/audit?to=2026-02-30");
        Http.Answer status = ops.get("/api/ops/outbox?status=lost", "Accept-Language", "en");

        assertEquals(400, api.status());
        assertEquals("application/problem+json", api.header("Content-Type"));
        assertTrue(api.body(), api.body().contains("\"detail\":\"From (date): \\\"yesterday\\\" is not valid"));
        assertEquals(400, page.status());
        assertTrue(page.body(), page.body().contains("截止日期“2026-02-30”无效"));
        assertTrue("the form is still there", page.body().contains("name=\"actor\""));
        assertEquals(400, status.status());
        assertTrue(status.body(), status.body().contains("The status \\\"lost\\\" is not valid"));
    }

    @Test
    public void mailWaitsWithoutSmtpThenArrivesIntactOnceAServerIsConfigured() throws Exception {
        DataSource platform = service(DataSource.class, "(onestop.schema=PLATFORM)");
        Outbox outbox = service(Outbox.class, null);
        try (Connection connection = platform.getConnection()) {
            connection.setAutoCommit(false);
            outbox.post(connection, new Mail("zhang.wei@example.cn", SUBJECT, TEXT));
            connection.commit();
        }
        String pending = ops.get("/api/ops/outbox?status=pending").body();
        assertTrue(pending, pending.contains("\"subject\":\"" + SUBJECT + "\""));
        Http.Answer page = ops.get("/ops/outbox");
        assertTrue(page.body(), page.body().contains("尚未配置 SMTP 服务器"));
        assertTrue(page.body(), page.body().contains("https://ipcentre.example.cn/account/confirm?t=甲乙"));

        try (SmtpSink smtp = SmtpSink.start()) {
            Path cfg = Path.of(context.getProperty(Gateway.WORK), "config", "org.onestop.platform.mail.cfg");
            Files.writeString(cfg, "smtp.host=127.0.0.1\nsmtp.port=" + smtp.port() + "\nsmtp.starttls=false\n"
                    + "smtp.password=hunter2\nsender.address=noreply@ipcentre.example.cn\ninterval.seconds=1\n");

            SmtpSink.Received mail = smtp.next(SOON);
            assertNotNull("the courier delivered the mail", mail);
            assertEquals(SUBJECT, mail.subject());
            assertEquals(TEXT, mail.text());
            assertTrue(mail.header("Content-Type"), mail.header("Content-Type").contains("charset=UTF-8"));
            assertTrue(mail.header("To"), mail.header("To").contains("zhang.wei@example.cn"));
        }
        Await.until("the mail marked sent", SOON, () -> ops.get("/api/ops/outbox?status=sent").body(),
                body -> body.contains(SUBJECT));
        String audit = Await.until("the configuration change in the audit trail", SOON,
                () -> ops.get("/api/ops/audit?action=config.").body(),
                body -> body.contains("config:org.onestop.platform.mail"));
        assertTrue(audit, audit.contains("smtp.password changed (value hidden)"));
        assertFalse(audit, audit.contains("hunter2"));
    }

    @Test
    public void retryingMailThatDidNotFailIsRefusedClearly() throws Exception {
        Http.Answer none = ops.json("POST", "/api/ops/outbox/987654/retry?lang=en", "", "X-CSRF-Token",
                ops.csrfToken());
        Http.Answer form = ops.submit("/ops/outbox", "/ops/outbox/987654/retry", java.util.Map.of());
        assertEquals(404, none.status());
        assertTrue(none.body(), none.body().contains("There is no mail number 987654."));
        assertEquals(404, form.status());
        assertTrue(form.body(), form.body().contains("没有第 987654 号邮件"));
    }

    private <T> T service(Class<T> type, String filter) {
        return Await.until(type.getSimpleName() + " " + filter, SOON, () -> {
            try {
                Collection<ServiceReference<T>> found = context.getServiceReferences(type, filter);
                return found.isEmpty() ? null : context.getService(found.iterator().next());
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }, service -> service != null);
    }
}
