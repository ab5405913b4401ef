package org.onestop.preexam.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.identity.OrganisationProfile;
import org.onestop.preexam.internal.entity.EntityRecord;
import org.onestop.preexam.internal.entity.EntityRegister;
import org.onestop.preexam.internal.entity.RegistrationForm;
import org.onestop.testing.DefaultZone;
import org.onestop.testing.TestDatabase;

/**
 * Pre-examination keeps its times in UTC whatever the gateway's time zone: a registration and a request submitted
 * under one zone read the same under another, and the times an older gateway wrote in its own zone are moved to UTC
 * by the migration. Calendar days (the day a request was submitted) stay as they were.
 */
class PreexamTimesTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-03T01:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path folder;

    @Test
    void timesWrittenUnderOneZoneReadTheSameUnderAnother() throws Exception {
        try (DefaultZone zone = DefaultZone.of("Asia/Shanghai");
                TestDatabase db = TestDatabase.of(folder, "PREEXAM")) {
            EntityRegister register = new EntityRegister(db.dataSource());
            RequestStore requests = new RequestStore(db.dataSource());
            register.work().run(tx -> {
                register.register(tx, 1, "BA-2026-000001", organisation(), form(), List.of("C22C"), SUBMITTED);
                requests.insert(tx, 2, "YS-2026-000002", 7, request(SUBMITTED));
            });

            zone.change("America/New_York");
            EntityRecord entity = register.find(7).orElseThrow();
            assertEquals(SUBMITTED, entity.updatedAt());
            assertEquals(SUBMITTED, entity.registration().submittedAt());
            RequestRecord request = requests.find(2).orElseThrow();
            assertEquals(SUBMITTED, request.submittedAt());
            assertEquals(DAY, request.submittedOn(), "the centre's day stays the day it was");
            assertEquals("2026-12-03 01:30:00.0", db.wallClock("SELECT SUBMITTED_AT FROM REQUEST"),
                    "stored as UTC, not as the wall clock of the zone it was written in");
        }
    }

    @Test
    void theMigrationMovesTimesWrittenInTheGatewaysZoneToUtc() throws Exception {
        try (DefaultZone zone = DefaultZone.of("Asia/Shanghai");
                TestDatabase db = TestDatabase.upTo(folder, "PREEXAM", 2)) {
            try (Connection c = db.dataSource().getConnection()) {
                // as the older gateway wrote them: Beijing wall time
                insert(c, "INSERT INTO REGISTRATION (CASE_ID, TRACKING_NUMBER, ORGANISATION_ID, ORGANISATION_NAME,"
                        + " CREDIT_CODE, REGION_CODE, FIELDS, CONTACT_NAME, CONTACT_PHONE, SUBMITTED_AT) VALUES (1,"
                        + " 'BA-2026-000001', 7, '包头稀土新材料有限公司', '91150203MA0N7KQ4X1', '150200', 'C22C', '李华',"
                        + " '0472-5123456', ?)", SUBMITTED);
                insert(c, "INSERT INTO ENTITY (ORGANISATION_ID, REGISTRATION_CASE_ID, STANDING, UPDATED_AT,"
                        + " LAST_REQUEST_AT) VALUES (7, 1, 'approved', ?, ?)", SUBMITTED, SUBMITTED.plusSeconds(60));
                insert(c, "INSERT INTO REQUEST (CASE_ID, TRACKING_NUMBER, ORGANISATION_ID, STATUS, PATENT_TYPE,"
                        + " TITLE, APPLICANTS, INVENTORS, MAIN_IPC, FIELD, NOT_PCT, SUBMITTED_AT, SUBMITTED_ON)"
                        + " VALUES (2, 'YS-2026-000002', 7, 'submitted', 'invention', '一种稀土合金',"
                        + " '包头稀土新材料有限公司', '李华', 'C22C 38/00', 'C22C', TRUE, ?, '2026-12-03')", SUBMITTED);
            }
            assertEquals("2026-12-03 09:30:00.0", db.wallClock("SELECT SUBMITTED_AT FROM REQUEST"));
            db.migrate();
            assertEquals("2026-12-03 01:30:00.0", db.wallClock("SELECT SUBMITTED_AT FROM REGISTRATION"));
            assertEquals("2026-12-03 01:30:00.0", db.wallClock("SELECT UPDATED_AT FROM ENTITY"));
            assertEquals("2026-12-03 01:31:00.0", db.wallClock("SELECT LAST_REQUEST_AT FROM ENTITY"));
            assertEquals("2026-12-03 01:30:00.0", db.wallClock("SELECT SUBMITTED_AT FROM REQUEST"));
            assertEquals("2026-12-03", db.wallClock("SELECT SUBMITTED_ON FROM REQUEST"));
            zone.change("America/New_York");
            assertEquals(SUBMITTED, new RequestStore(db.dataSource()).find(2).orElseThrow().submittedAt());
            assertEquals(SUBMITTED, new EntityRegister(db.dataSource()).find(7).orElseThrow().updatedAt());
        }
    }

    private static OrganisationProfile organisation() {
        return new OrganisationProfile(7, "包头稀土新材料有限公司", "91150203MA0N7KQ4X1", "包头市稀土高新区", "李华",
                "0472-5123456");
    }

    private static RegistrationForm form() {
        return new RegistrationForm("150200", "C22C", "李华", "0472-5123456", "");
    }

    private static RequestRecord request(Instant submittedAt) {
        return new RequestRecord("YS-2026-000002", "submitted", "invention", "一种稀土合金", List.of("包头稀土新材料有限公司"),
                List.of("李华"), null, "C22C 38/00", "C22C", List.of(), null, true, submittedAt, DAY, 0, null, null,
                null, List.of(), null, null, null, null, null, null, "包头稀土新材料有限公司", "91150203MA0N7KQ4X1");
    }

    private static void insert(Connection c, String sql, Instant... wallTimes) throws Exception {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < wallTimes.length; i++) {
                insert.setTimestamp(i + 1, Timestamp.from(wallTimes[i]));
            }
            insert.executeUpdate();
        }
    }
}
