package org.onestop.preexam.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.testing.TestDatabase;

/** Requests filed before their organisation's name was kept with them take it from the registration approved. */
class OrganisationNamesMigrationTest {

    @TempDir
    Path folder;

    @Test
    void requestsFiledBeforeAreNamedAsTheirEntityRegistered() throws Exception {
        TestDatabase db = TestDatabase.upTo(folder, "PREEXAM", 1);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO PREEXAM.REGISTRATION (CASE_ID, TRACKING_NUMBER, ORGANISATION_ID, ORGANISATION_NAME,"
                    + " CREDIT_CODE, REGION_CODE, FIELDS, CONTACT_NAME, CONTACT_PHONE, SUBMITTED_AT) VALUES (1,"
                    + " 'BA-2026-000001', 7, '包头稀土新材料有限公司', '91150203MA0N7KQ4X1', '150200', 'C22C', '李华',"
                    + " '0472-5123456', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO PREEXAM.ENTITY (ORGANISATION_ID, REGISTRATION_CASE_ID, STANDING, UPDATED_AT)"
                    + " VALUES (7, 1, 'approved', CURRENT_TIMESTAMP)");
            for (int id : new int[] {2, 3}) {
                s.execute("INSERT INTO PREEXAM.REQUEST (CASE_ID, TRACKING_NUMBER, ORGANISATION_ID, STATUS,"
                        + " PATENT_TYPE, TITLE, APPLICANTS, INVENTORS, MAIN_IPC, FIELD, NOT_PCT, SUBMITTED_AT,"
                        + " SUBMITTED_ON) VALUES (" + id + ", 'YS-2026-00000" + id + "', " + (id == 2 ? 7 : 8)
                        + ", 'qualified', 'invention', '一种稀土合金', '包头稀土新材料有限公司', '李华', 'C22C 38/00',"
                        + " 'C22C', TRUE, CURRENT_TIMESTAMP, CURRENT_DATE)");
            }
        }
        db.migrate();
        List<String> names = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT ORGANISATION_NAME, CREDIT_CODE, LOCARNO"
                        + " FROM PREEXAM.REQUEST ORDER BY CASE_ID")) {
            while (rows.next()) {
                names.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        assertEquals(List.of("包头稀土新材料有限公司 91150203MA0N7KQ4X1 null", "null null null"), names,
                "an organisation that never registered has nothing to take the name from");
    }
}
