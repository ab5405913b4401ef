package org.onestop.training.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/**
 * The module's components on a real Derby with the schema TRAINING, a test clock at 2026-12-01 09:00 in Shanghai,
 * and the audit trail and notifications kept in tables of the test's own, written on the transaction they are given
 * (so that what a rolled-back change recorded is gone with it, as with the platform's).
 */
final class TrainingDesk implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Caller TRAINER = new Caller(900, "trainer@onestop.test", "培训讲师", AccountKind.STAFF,
            Set.of(Role.TRAINER), null, "127.0.0.1");

    final TestDatabase db;
    final TestClock clock = new TestClock(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(SHANGHAI).toInstant());
    final Catalogue catalogue;
    final Waitlist waitlist;
    final CourseDesk desk;

    TrainingDesk(Path folder, int offerHours, int cutoffHours) throws Exception {
        db = TestDatabase.of(folder, "TRAINING");
        db.execute("CREATE TABLE TEST_AUDIT (ID BIGINT GENERATED ALWAYS AS IDENTITY, ACTOR VARCHAR(100),"
                + " ACTION VARCHAR(100), TARGET VARCHAR(100), DETAIL VARCHAR(500))");
        db.execute("CREATE TABLE TEST_NOTICE (ID BIGINT GENERATED ALWAYS AS IDENTITY, ACCOUNT_ID BIGINT,"
                + " SUBJECT VARCHAR(500), TEXT VARCHAR(2000), LINK VARCHAR(200))");
        catalogue = new Catalogue(db.dataSource());
        EnrolmentNews news = new EnrolmentNews(catalogue, new TableTrail(), new TableNotices(),
                ModuleTexts.strict(), () -> SHANGHAI);
        waitlist = new Waitlist(catalogue, news, config(offerHours, cutoffHours), clock);
        desk = new CourseDesk(catalogue, waitlist, news, () -> SHANGHAI, clock);
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

    /** The audit actions recorded, in order. */
    List<String> audited() throws SQLException {
        return column("SELECT ACTION FROM TEST_AUDIT ORDER BY ID");
    }

    /** The notices' subjects sent to {@code account}, in order. */
    List<String> noticesTo(long account) throws SQLException {
        return column("SELECT SUBJECT FROM TEST_NOTICE WHERE ACCOUNT_ID = " + account + " ORDER BY ID");
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
        };
    }

    private static final class TableTrail implements AuditTrail {
        @Override
        public void record(Connection tx, AuditEntry entry) throws SQLException {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TEST_AUDIT (ACTOR, ACTION, TARGET,"
                    + " DETAIL) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, entry.actor());
                insert.setString(2, entry.action());
                insert.setString(3, entry.target());
                insert.setString(4, entry.detail());
                insert.executeUpdate();
            }
        }

        @Override
        public void record(AuditEntry entry) {
            throw new AssertionError("every change is audited in its own transaction");
        }
    }

    private static final class TableNotices implements Notifications {
        @Override
        public void notify(Connection tx, long accountId, Notice notice) throws SQLException {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TEST_NOTICE (ACCOUNT_ID, SUBJECT, TEXT,"
                    + " LINK) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, accountId);
                insert.setString(2, notice.subject().zh());
                insert.setString(3, notice.text().zh() + " | " + notice.text().en());
                insert.setString(4, notice.link());
                insert.executeUpdate();
            }
        }
    }

    static Instant at(int day, int hour) {
        return LocalDateTime.of(2026, 12, day, hour, 0).atZone(SHANGHAI).toInstant();
    }
}
