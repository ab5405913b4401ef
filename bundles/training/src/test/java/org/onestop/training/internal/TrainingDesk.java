package org.onestop.training.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Notifications;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.cases.internal.cases.CaseTables;
import org.onestop.cases.internal.notification.NotificationCentre;
import org.onestop.mail.internal.MailOutbox;
import org.onestop.platform.internal.audit.ChainedAuditTrail;
import org.onestop.platform.internal.db.Database;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.platform.internal.identity.AccountStore;
import org.onestop.platform.internal.identity.HallAddress;
import org.onestop.platform.internal.identity.OrganisationDirectory;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.platform.internal.shell.MessageCatalog;
import org.onestop.print.internal.PdfPrinter;
import org.onestop.ratings.internal.RatingStore;
import org.onestop.ratings.internal.Requests;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/**
 * The module's components on a real Derby with the schema TRAINING, a test clock at 2026-12-01 09:00 in Shanghai,
 * and the gateway's real audit chain (the platform's schema) and in-app notifications (the case bundle's, mailed
 * through the mail bundle's outbox), built beside it from those bundles' own scripts: what a rolled-back change
 * recorded is gone with it. Innovators 1 to {@value #INNOVATORS} have accounts, as the platform's identity stores them.
 */
final class TrainingDesk implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Caller TRAINER = new Caller(900, "trainer@onestop.test", "培训讲师", AccountKind.STAFF,
            Set.of(Role.TRAINER), null, "127.0.0.1");

    /** How many innovators have accounts: numbers 1 to this. */
    static final int INNOVATORS = 40;

    final TestDatabase db;
    final TestClock clock = new TestClock(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(SHANGHAI).toInstant());
    final Catalogue catalogue;
    final Waitlist waitlist;
    final CourseDesk desk;
    final Attendance attendance;
    final AttendanceList attendanceList;
    final Certificates certificates;
    final TrainingRecord record;
    final Reminders reminders;
    /** The rating invitations after sessions, through the ratings bundle's real service and store (RATINGS). */
    final SessionRatings sessionRatings;
    /** The same without the ratings bundle. */
    final SessionRatings withoutRatings;
    private final AuditTrail trail;
    private final Notifications notices;

    TrainingDesk(Path folder, int offerHours, int cutoffHours) throws Exception {
        db = TestDatabase.of(folder, "TRAINING").withSchemaOf("PLATFORM", Database.class)
                .withSchemaOf("MAIL", MailOutbox.class).withSchemaOf("CASES", CaseTables.class)
                .withSchemaOf("RATINGS", RatingStore.class);
        DataSource platform = db.dataSource("PLATFORM");
        for (int i = 1; i <= INNOVATORS; i++) {
            int n = i;
            Transaction.run(platform, c -> new AccountStore().create(c, new AccountStore.NewAccount(
                    "p" + n + "@example.cn", "学员" + n, null, AccountKind.INNOVATOR, "x", true, false,
                    Language.ZH_CN, Set.of()), clock.instant()));
        }
        trail = new ChainedAuditTrail(platform, clock);
        notices = new NotificationCentre(new MailOutbox(db.gateway(), trail, clock),
                new MessageCatalog(Path.of("../../web"), id -> Optional.empty()), new HallAddress("", "8080"),
                new PeopleDirectory(), clock);
        catalogue = new Catalogue(db.dataSource());
        EnrolmentNews news = new EnrolmentNews(catalogue, trail, notices,
                ModuleTexts.strict(), () -> SHANGHAI);
        waitlist = new Waitlist(catalogue, news, config(offerHours, cutoffHours), clock);
        desk = new CourseDesk(catalogue, waitlist, news, () -> SHANGHAI, clock);
        attendance = new Attendance(catalogue, news, clock);
        PeopleDirectory people = new PeopleDirectory();
        attendanceList = new AttendanceList(catalogue, people, new OrganisationDirectory(platform),
                ModuleTexts.orKeys(), () -> SHANGHAI, clock);
        certificates = new Certificates(catalogue, people, new PdfPrinter(), new HallAddress("https://hall.example.cn",
                "8080"), () -> SHANGHAI, config(offerHours, cutoffHours), clock);
        record = new TrainingRecord(catalogue, certificates, clock);
        reminders = new Reminders(catalogue, news, clock);
        sessionRatings = new SessionRatings(catalogue, () -> SHANGHAI, clock, new Requests(
                new RatingStore(db.dataSource("RATINGS")), notices, ModuleTexts.orKeys(), trail,
                FixedCalendar.weekdays(LocalDate.of(2026, 12, 1))));
        withoutRatings = new SessionRatings(catalogue, () -> SHANGHAI, clock, null);
    }

    /** A published course with one session of {@code capacity} on 2026-12-20 09:00–11:30, enrolment open now. */
    long publishedSession(int capacity, int orgLimit) throws Exception {
        Course course = desk.create(new Course(null, "专利检索实务", "enterprises", "专利信息检索的方法与工具。", "李老师",
                "on-site", 6, null), TRAINER);
        TrainingSession session = desk.addSession(course.id(), new SessionPlan("2026-12-20", "09:00", "11:30",
                "呼和浩特市赛罕区 中心三楼培训室", capacity, "", "", orgLimit), TRAINER);
        desk.publish(course.id(), TRAINER);
        return session.id();
    }

    static Caller innovator(long id) {
        return innovator(id, null);
    }

    static Caller innovator(long id, Long organisation) {
        return new Caller(id, "p" + id + "@example.cn", "学员" + id, AccountKind.INNOVATOR, Set.of(), organisation,
                "10.0.0." + (id % 250));
    }

    List<String> statuses(long sessionId) throws Exception {
        return waitlist.of(sessionId).stream().map(e -> e.accountId() + ":" + e.status()).toList();
    }

    int held(long sessionId) throws Exception {
        return catalogue.work().call(tx -> catalogue.session(tx, sessionId).orElseThrow().held());
    }

    /** The audit entries recorded, in order: each its action, target and detail. */
    List<List<String>> auditEntries() throws SQLException {
        List<String> actions = audited();
        List<String> targets = column("SELECT TARGET FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'training.%'"
                + " ORDER BY SEQ");
        List<String> details = column("SELECT DETAIL FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'training.%'"
                + " ORDER BY SEQ");
        List<List<String>> entries = new java.util.ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            entries.add(List.of(actions.get(i), targets.get(i), details.get(i) == null ? "" : details.get(i)));
        }
        return entries;
    }

    /** The audit actions recorded, in order. */
    List<String> audited() throws SQLException {
        return column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'training.%' ORDER BY SEQ");
    }

    /** The notices' subjects sent to {@code account}, in order. */
    List<String> noticesTo(long account) throws SQLException {
        return column("SELECT SUBJECT FROM CASES.NOTIFICATION WHERE ACCOUNT_ID = " + account + " ORDER BY ID");
    }

    /** How many mails in the outbox have a subject containing {@code words}. */
    int mailedWith(String words) throws SQLException {
        return (int) column("SELECT SUBJECT FROM MAIL.MAIL_OUTBOX").stream().filter(s -> s.contains(words)).count();
    }

    /** The notices' texts sent to {@code account}, in order. */
    List<String> noticeTextsTo(long account) throws SQLException {
        return column("SELECT BODY FROM CASES.NOTIFICATION WHERE ACCOUNT_ID = " + account + " ORDER BY ID");
    }

    /** The invitations to rate of {@code account} (module, title, dimensions' codes), in order. */
    List<String> invitedToRate(long account) throws SQLException {
        return column("SELECT I.MODULE || ' ' || I.TITLE || ' / ' || I.TITLE_EN || ' ' || D.CODE"
                + " FROM RATINGS.INVITATION I JOIN RATINGS.DIMENSION D ON D.INVITATION_ID = I.ID"
                + " WHERE I.APPLICANT_ID = " + account + " ORDER BY I.ID, D.POSITION");
    }

    /** The links of the notices sent to {@code account}, in order. */
    List<String> noticeLinksTo(long account) throws SQLException {
        return column("SELECT LINK FROM CASES.NOTIFICATION WHERE ACCOUNT_ID = " + account + " ORDER BY ID");
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    @Override
    public void close() {
        db.close();
    }

    static TrainingConfig config(int offerHours, int cutoffHours) {
        return new TrainingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TrainingConfig.class;
            }

            @Override
            public int offer_hours() {
                return offerHours;
            }

            @Override
            public int cancel_cutoff_hours() {
                return cutoffHours;
            }

            @Override
            public int sweep_minutes() {
                return 5;
            }

            @Override
            public int reminder_hours() {
                return 24;
            }

            @Override
            public String centre_name() {
                return "内蒙古自治区知识产权保护中心";
            }
        };
    }

    static Instant at(int day, int hour) {
        return LocalDateTime.of(2026, 12, day, hour, 0).atZone(SHANGHAI).toInstant();
    }
}
