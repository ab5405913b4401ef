package org.onestop.cases.internal.casework;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Role;
import org.onestop.api.schema.UtcColumns;

/** Accounts, cases and clocks written straight into the platform's real tables, as the case engine stores them. */
final class StoredCases {

    static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

    private final DataSource database;

    StoredCases(DataSource database) {
        this.database = database;
    }

    /** A pre-examination workflow worked by examiners, with a correction the applicant must send in time. */
    static Workflow preexam() {
        return new Workflow("preexam", "request", "YS", Label.of("专利预审请求", "Patent pre-examination request"),
                Set.of(Role.EXAMINER), "submitted", List.of(),
                List.of(Status.open("submitted", Label.of("已提交", "Submitted"), Label.of("待审查", "To examine")),
                        Status.open("correction", Label.of("补正中", "Correction requested"),
                                Label.of("等待申请人补正", "Waiting for the correction")),
                        Status.closed("qualified", Label.of("预审合格", "Qualified"), null)),
                List.of(Transition.named("request-correction", Label.of("要求补正", "Request a correction"))
                                .from("submitted").to("correction").byStaff(Role.EXAMINER).commentRequired()
                                .build(),
                        Transition.named("correct", Label.of("提交补正", "Send the correction")).from("correction")
                                .to("submitted").byApplicant().build(),
                        Transition.named("qualify", Label.of("预审合格", "Qualify")).from("submitted")
                                .to("qualified").byStaff(Role.EXAMINER).build()),
                List.of(new Deadline("examination", Label.of("审查期限", "Examination"), 10, Party.STAFF, null),
                        new Deadline("correction", Label.of("补正", "Correction"), 15, Party.APPLICANT, null)));
    }

    /** An assistance workflow worked by assistance officers. */
    static Workflow assistance() {
        return new Workflow("assistance", "case", "WQ", Label.of("维权援助申请", "Rights-protection assistance"),
                Set.of(Role.ASSISTANCE_OFFICER), "submitted", List.of(),
                List.of(Status.open("submitted", Label.of("已提交", "Submitted"), null),
                        Status.closed("closed", Label.of("已结案", "Closed"), null)),
                List.of(), List.of());
    }

    long account(String email, String name, String kind, Role... roles) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO PLATFORM.ACCOUNT (EMAIL, DISPLAY_NAME, ACCOUNT_KIND, EMAIL_CONFIRMED,"
                        + " MUST_CHANGE_PASSWORD, ACTIVE, PREFERRED_LANGUAGE, CREATED_AT)"
                        + " VALUES (?, ?, ?, TRUE, FALSE, TRUE, 'zh-CN', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, email);
            insert.setString(2, name);
            insert.setString(3, kind);
            UtcColumns.set(insert, 4, T0);
            insert.executeUpdate();
            long id = generated(insert);
            for (Role role : roles) {
                try (PreparedStatement grant = c.prepareStatement(
                        "INSERT INTO PLATFORM.ACCOUNT_ROLE (ACCOUNT_ID, ROLE_CODE) VALUES (?, ?)")) {
                    grant.setLong(1, id);
                    grant.setString(2, role.name());
                    grant.executeUpdate();
                }
            }
            return id;
        }
    }

    void deactivate(long account) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE PLATFORM.ACCOUNT SET ACTIVE = FALSE WHERE ID = " + account);
        }
    }

    /** A case opened {@code minutes} after T0; {@code assignee} and {@code dueOn} may be null. */
    long file(String tracking, String module, String type, String status, boolean closed, long applicant,
            Long assignee, LocalDate dueOn, int minutes) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO CASES.CASE_FILE (TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS, CLOSED,"
                        + " APPLICANT_ID, ASSIGNEE_ID, OPENED_AT, UPDATED_AT, DUE_ON, VERSION)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, tracking);
            insert.setString(2, module);
            insert.setString(3, type);
            insert.setString(4, "案件 " + tracking);
            insert.setString(5, status);
            insert.setBoolean(6, closed);
            insert.setLong(7, applicant);
            insert.setObject(8, assignee);
            UtcColumns.set(insert, 9, T0.plusSeconds(60L * minutes));
            UtcColumns.set(insert, 10, T0.plusSeconds(60L * minutes));
            insert.setDate(11, dueOn == null ? null : Date.valueOf(dueOn));
            insert.executeUpdate();
            return generated(insert);
        }
    }

    void clock(long caseId, String deadline, String state, LocalDate dueOn) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO CASES.CASE_CLOCK (CASE_ID, DEADLINE, STATE, STARTED_ON, DUE_ON, DAYS_LEFT, WARNED)"
                        + " VALUES (?, ?, ?, ?, ?, NULL, 0)")) {
            insert.setLong(1, caseId);
            insert.setString(2, deadline);
            insert.setString(3, state);
            insert.setDate(4, Date.valueOf(LocalDate.of(2026, 11, 2)));
            insert.setDate(5, dueOn == null ? null : Date.valueOf(dueOn));
            insert.executeUpdate();
        }
    }

    private static long generated(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
