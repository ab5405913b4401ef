package org.onestop.cases.internal.cases;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onestop.cases.internal.CaseDatabase;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Notifications;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Role;
import org.onestop.platform.internal.TestOutbox;
import org.onestop.platform.internal.audit.ChainedAuditTrail;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.platform.internal.identity.AccountStore;
import org.onestop.cases.internal.calendar.CalendarConfig;
import org.onestop.cases.internal.calendar.ConfiguredCalendar;
import org.onestop.platform.internal.identity.HallAddress;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.cases.internal.notification.NotificationCentre;
import org.onestop.platform.internal.shell.MessageCatalog;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/**
 * The case engine wired as in the gateway, on a real Derby database, with the sample workflow registered, a
 * calendar of 2026 (Spring Festival holidays, make-up Saturdays) whose today the test moves, and the real
 * notification centre and mail outbox.
 */
final class CaseBench implements AutoCloseable {

    /** A notification as stored for its recipient (in the recipient's language, Chinese here). */
    record Sent(long accountId, String subject) {
    }

    final TestDatabase database;
    final TestClock clock;
    final ConfiguredCalendar calendar;
    final WorkflowRegistry registry = new WorkflowRegistry();
    final AuditTrail trail;
    final CaseEngine engine;
    final DeadlineWatch watch;

    CaseBench(Path folder, Instant now) throws Exception {
        database = CaseDatabase.in(folder);
        clock = new TestClock(now);
        calendar = new ConfiguredCalendar(config(), clock);
        trail = new ChainedAuditTrail(database.gateway(), clock);
        registry.add(SampleWorkflow::of);
        MessageCatalog messages = new MessageCatalog(Path.of("../../web"), id -> Optional.empty());
        People people = new PeopleDirectory();
        Notifications notifications = new NotificationCentre(TestOutbox.in(database, trail, clock),
                messages, new HallAddress("", "8080"), people, clock);
        CaseNews news = new CaseNews(notifications, messages);
        engine = new CaseEngine(database.gateway(), registry, calendar, trail, new NoFiles(), news, people, clock);
        watch = new DeadlineWatch(database.gateway(), engine, calendar, news, trail, people);
    }

    /** A signed-in account of {@code kind} with {@code roles}, stored as the platform's identity stores it. */
    Caller account(String name, AccountKind kind, Role... roles) throws SQLException {
        Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
        long id = Transaction.run(database.dataSource("PLATFORM"), c -> new AccountStore().create(c,
                new AccountStore.NewAccount(name + "@example.org", name, null, kind, "x", true, false,
                        Language.ZH_CN, set), clock.instant()));
        return new Caller(id, name + "@example.org", name, kind, set, null, "192.0.2.7");
    }

    /** Every notification stored so far, oldest first. */
    List<Sent> sent() throws SQLException {
        List<Sent> sent = new ArrayList<>();
        try (Connection c = database.gateway().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT ACCOUNT_ID, SUBJECT FROM CASES.NOTIFICATION ORDER BY ID")) {
            while (rows.next()) {
                sent.add(new Sent(rows.getLong(1), rows.getString(2)));
            }
        }
        return sent;
    }

    /** The first column of what {@code sql} reads, in order. */
    List<String> column(String sql) throws SQLException {
        try (Connection c = database.gateway().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = database.gateway().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        watch.stop();
        database.close();
    }

    private static CalendarConfig config() {
        return new CalendarConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CalendarConfig.class;
            }

            @Override
            public String time_zone() {
                return ZoneId.of("Asia/Shanghai").getId();
            }

            @Override
            public String weekend_days() {
                return "SATURDAY,SUNDAY";
            }

            @Override
            public String holidays() {
                return "2026-02-15..2026-02-23";
            }

            @Override
            public String workdays() {
                return "2026-02-14,2026-02-28";
            }
        };
    }

    /** Cases without files: any attachment id is refused, as the store refuses an id it does not hold. */
    private static final class NoFiles implements CaseFileLinks {
        @Override
        public void link(Connection tx, long caseId, long eventId, List<Long> ids, Caller actor) {
            throw new org.onestop.api.cases.CaseRefusal(409, "attachment.refused.unknown");
        }

        @Override
        public void keepWithDraft(Connection tx, long draftId, List<Long> ids, Caller owner) {
            throw new org.onestop.api.cases.CaseRefusal(409, "attachment.refused.unknown");
        }

        @Override
        public java.util.Map<Long, List<org.onestop.api.cases.Attachment>> byEvent(Connection c, long caseId) {
            return java.util.Map.of();
        }
    }
}
