package org.onestop.preexam.internal.statistics;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.onestop.api.schema.UtcColumns;
import org.onestop.testing.TestDatabase;

/**
 * Requests put into a real {@code PREEXAM} schema (built by the module's migrations, {@link TestDatabase}) as the
 * request moves would have left them.
 */
public final class RequestRows {

    private final DataSource database;
    private long lastCase;

    private RequestRows(DataSource database) {
        this.database = database;
    }

    /** An empty schema in a database in {@code folder}. */
    public static RequestRows in(Path folder) throws Exception {
        return new RequestRows(TestDatabase.of(folder, "PREEXAM").dataSource());
    }

    public DataSource dataSource() {
        return database;
    }

    /**
     * Stores a request submitted on {@code submittedOn} now in {@code status}, asked for {@code corrections}
     * corrections and decided ({@code qualified}, {@code rejected} or null) after {@code decisionDays} working days.
     * A {@code classification} such as {@code 13-01} is a design's Locarno class, kept as the module keeps it.
     */
    void request(String status, String patentType, String classification, LocalDate submittedOn, int corrections,
            String decision, Integer decisionDays) throws Exception {
        boolean locarno = classification.matches("\\d{2}-\\d{2}");
        long caseId = ++lastCase;
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO PREEXAM.REQUEST (CASE_ID, TRACKING_NUMBER, ORGANISATION_ID, STATUS, PATENT_TYPE, TITLE,"
                        + " APPLICANTS, INVENTORS, MAIN_IPC, FIELD, NOT_PCT, SUBMITTED_AT, SUBMITTED_ON, CORRECTIONS,"
                        + " DECISION, DECIDED_ON, DECISION_DAYS, LOCARNO)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, "YS" + submittedOn.getYear() + String.format("%06d", caseId));
            insert.setLong(3, 100 + caseId % 3);
            insert.setString(4, status);
            insert.setString(5, patentType);
            insert.setString(6, "一种耐盐碱紫花苜蓿的培育方法 " + caseId);
            insert.setString(7, "内蒙古农业大学");
            insert.setString(8, "张三\n李四");
            insert.setString(9, locarno ? "" : classification);
            insert.setString(10, locarno ? "" : classification.substring(0, 4));
            UtcColumns.set(insert, 11, submittedOn.atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            insert.setDate(12, Date.valueOf(submittedOn));
            insert.setInt(13, corrections);
            insert.setString(14, decision);
            insert.setDate(15, decision == null ? null : Date.valueOf(submittedOn.plusDays(9)));
            if (decisionDays == null) {
                insert.setNull(16, java.sql.Types.INTEGER);
            } else {
                insert.setInt(16, decisionDays);
            }
            insert.setString(17, locarno ? classification : null);
            insert.executeUpdate();
        }
    }
}
