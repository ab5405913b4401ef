package org.onestop.preexam.internal.statistics;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A real Derby database in a temporary folder with the schema {@code PREEXAM} made by the module's migration, and
 * a way to put requests in it as the request moves would have left them.
 */
final class PreexamDatabase {

    private final EmbeddedDataSource derby;
    private long lastCase;

    private PreexamDatabase(EmbeddedDataSource derby) {
        this.derby = derby;
    }

    static PreexamDatabase create(Path folder) throws Exception {
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("db").toString());
        derby.setCreateDatabase("create");
        String script;
        try (InputStream in = PreexamDatabase.class.getResourceAsStream("/db/migration/V1__preexam.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutComments = Arrays.stream(script.split("\n")).filter(l -> !l.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA PREEXAM");
            s.execute("SET SCHEMA PREEXAM");
            for (String statement : withoutComments.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        return new PreexamDatabase(derby);
    }

    DataSource dataSource() {
        return derby;
    }

    /**
     * Stores a request submitted on {@code submittedOn} now in {@code status}, asked for {@code corrections}
     * corrections and decided ({@code qualified}, {@code rejected} or null) after {@code decisionDays} working days.
     */
    void request(String status, String patentType, String mainIpc, LocalDate submittedOn, int corrections,
            String decision, Integer decisionDays) throws Exception {
        long caseId = ++lastCase;
        try (Connection c = derby.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO PREEXAM.REQUEST (CASE_ID, TRACKING_NUMBER, ORGANISATION_ID, STATUS, PATENT_TYPE, TITLE,"
                        + " APPLICANTS, INVENTORS, MAIN_IPC, FIELD, NOT_PCT, SUBMITTED_AT, SUBMITTED_ON, CORRECTIONS,"
                        + " DECISION, DECIDED_ON, DECISION_DAYS)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, "YS" + submittedOn.getYear() + String.format("%06d", caseId));
            insert.setLong(3, 100 + caseId % 3);
            insert.setString(4, status);
            insert.setString(5, patentType);
            insert.setString(6, "一种耐盐碱紫花苜蓿的培育方法 " + caseId);
            insert.setString(7, "内蒙古农业大学");
            insert.setString(8, "张三\n李四");
            insert.setString(9, mainIpc);
            insert.setString(10, mainIpc.substring(0, 4));
            insert.setTimestamp(11, Timestamp.valueOf(submittedOn.atTime(9, 30)));
            insert.setDate(12, Date.valueOf(submittedOn));
            insert.setInt(13, corrections);
            insert.setString(14, decision);
            insert.setDate(15, decision == null ? null : Date.valueOf(submittedOn.plusDays(9)));
            if (decisionDays == null) {
                insert.setNull(16, java.sql.Types.INTEGER);
            } else {
                insert.setInt(16, decisionDays);
            }
            insert.executeUpdate();
        }
    }
}
