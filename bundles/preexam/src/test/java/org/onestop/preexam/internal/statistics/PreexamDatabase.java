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
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A real Derby database in a temporary folder with the schema {@code PREEXAM} made by the module's migration, and
 * a way to put requests in it as the request moves would have left them.
 */
public final class PreexamDatabase {

    /** The module's migration scripts, in order. */
    public static final List<String> SCRIPTS = List.of("V1__preexam.sql", "V2__designs_and_organisation_names.sql");

    private final EmbeddedDataSource derby;
    private long lastCase;

    private PreexamDatabase(EmbeddedDataSource derby) {
        this.derby = derby;
    }

    public static PreexamDatabase create(Path folder) throws Exception {
        return create(folder, SCRIPTS.size());
    }

    /** The database with the first {@code scripts} migration scripts applied (to try the next one on rows). */
    public static PreexamDatabase create(Path folder, int scripts) throws Exception {
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("db").toString());
        derby.setCreateDatabase("create");
        PreexamDatabase db = new PreexamDatabase(derby);
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA PREEXAM");
        }
        for (String script : SCRIPTS.subList(0, scripts)) {
            db.migrate(script);
        }
        return db;
    }

    /** Runs the module's migration script {@code name}, statement by statement, in the schema. */
    public void migrate(String name) throws Exception {
        String script;
        try (InputStream in = PreexamDatabase.class.getResourceAsStream("/db/migration/" + name)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutComments = Arrays.stream(script.split("\n")).filter(l -> !l.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SCHEMA PREEXAM");
            for (String statement : withoutComments.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    public DataSource dataSource() {
        return derby;
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
        try (Connection c = derby.getConnection(); PreparedStatement insert = c.prepareStatement(
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
            insert.setString(17, locarno ? classification : null);
            insert.executeUpdate();
        }
    }
}
