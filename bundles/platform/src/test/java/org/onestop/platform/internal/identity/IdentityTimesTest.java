package org.onestop.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.testing.TestDatabase;

/**
 * The identity tables keep their times in UTC whatever the gateway's time zone: a time written under one zone reads
 * the same under another, and the times an older gateway wrote in its own zone are moved to UTC by the migration.
 */
class IdentityTimesTest {

    private static final Instant CONSENTED = Instant.parse("2026-12-03T01:30:00Z");
    private final TimeZone zone = TimeZone.getDefault();

    @TempDir
    Path folder;

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(zone);
    }

    @Test
    void aTimeWrittenUnderOneZoneReadsTheSameUnderAnother() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        try (TestDatabase db = TestDatabase.of(folder, "PLATFORM")) {
            AccountStore accounts = new AccountStore();
            long id;
            try (Connection c = connection(db)) {
                id = accounts.create(c, account(), CONSENTED);
                accounts.consent(c, id, "terms", "2026-12-01", CONSENTED, "127.0.0.1");
            }
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            try (Connection c = connection(db)) {
                assertEquals(CONSENTED, accounts.consents(c, id).get(0).consentedAt());
                assertEquals("2026-12-03 01:30:00.0", TestDatabase.wallClock(c,
                        "SELECT CONSENTED_AT FROM ACCOUNT_CONSENT"),
                        "stored as UTC, not as the wall clock of the zone it was written in");
            }
        }
    }

    @Test
    void theMigrationMovesTimesWrittenInTheGatewaysZoneToUtc() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        try (TestDatabase db = TestDatabase.upTo(folder, "PLATFORM", 5)) {
            try (Connection c = connection(db); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO ACCOUNT (EMAIL, DISPLAY_NAME, ACCOUNT_KIND, EMAIL_CONFIRMED, MUST_CHANGE_PASSWORD, "
                            + "ACTIVE, PREFERRED_LANGUAGE, CREATED_AT) VALUES ('li@example.cn', '李', 'INNOVATOR', "
                            + "TRUE, FALSE, TRUE, 'zh-CN', ?)")) {
                insert.setTimestamp(1, Timestamp.from(CONSENTED)); // as the older gateway wrote it: Beijing wall time
                insert.executeUpdate();
                assertEquals("2026-12-03 09:30:00.0", TestDatabase.wallClock(c, "SELECT CREATED_AT FROM ACCOUNT"));
            }
            db.migrate();
            try (Connection c = connection(db)) {
                assertEquals("2026-12-03 01:30:00.0", TestDatabase.wallClock(c, "SELECT CREATED_AT FROM ACCOUNT"));
            }
        }
    }

    private static AccountStore.NewAccount account() {
        return new AccountStore.NewAccount("wang@example.cn", "王", null, AccountKind.INNOVATOR, null, true, false,
                Language.ZH_CN, Set.of());
    }

    private static Connection connection(TestDatabase db) throws java.sql.SQLException {
        return db.dataSource().getConnection();
    }
}
