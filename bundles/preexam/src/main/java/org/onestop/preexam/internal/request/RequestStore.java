package org.onestop.preexam.internal.request;

import static org.onestop.preexam.internal.Rows.update;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.onestop.preexam.internal.entity.FiledRequests;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's rows of pre-examination requests in {@code PREEXAM.REQUEST}, and the serials of pre-examination
 * numbers. Writes happen inside the caller's transaction, with the case change they belong to.
 */
@Component(service = {RequestStore.class, FiledRequests.class})
public final class RequestStore implements FiledRequests {

    private static final String COLUMNS = "TRACKING_NUMBER, STATUS, PATENT_TYPE, TITLE, APPLICANTS, INVENTORS,"
            + " AGENCY, MAIN_IPC, FIELD, FURTHER_IPC, NOT_PCT, SUBMITTED_AT, SUBMITTED_ON, CORRECTIONS, DECISION,"
            + " DECIDED_ON, DECISION_DAYS, REJECTION_REASONS, REJECTION_TEXT, PREEXAM_NUMBER, QUALIFIED_ON,"
            + " FILING_DEADLINE, APPLICATION_NUMBER, FILED_ON, LOCARNO, ORGANISATION_NAME, CREDIT_CODE";

    private final DataSource database;
    private final UnitOfWork work;

    @Activate
    public RequestStore(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=PREEXAM)") DataSource database) {
        this.database = database;
        this.work = new UnitOfWork(database);
    }

    /** Transactions of the module's schema, for work that also changes a case. */
    public UnitOfWork work() {
        return work;
    }

    /**
     * Stores a new request of case {@code caseId} for organisation {@code organisationId}, with the organisation's
     * name and code as the request names them. A design keeps '' as its IPC columns (they stay NOT NULL).
     */
    public void insert(Connection tx, long caseId, String trackingNumber, long organisationId, RequestRecord request)
            throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO PREEXAM.REQUEST (CASE_ID, ORGANISATION_ID, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL, NULL, NULL, NULL,"
                + " NULL, NULL, NULL, NULL, NULL, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setLong(2, organisationId);
            insert.setString(3, trackingNumber);
            insert.setString(4, request.status());
            insert.setString(5, request.patentType());
            insert.setString(6, request.title());
            insert.setString(7, String.join("\n", request.applicants()));
            insert.setString(8, String.join("\n", request.inventors()));
            text(insert, 9, request.agency());
            insert.setString(10, request.mainIpc() == null ? "" : request.mainIpc());
            insert.setString(11, request.field() == null ? "" : request.field());
            text(insert, 12, request.furtherIpc().isEmpty() ? null : String.join(",", request.furtherIpc()));
            insert.setBoolean(13, request.notPct());
            UtcColumns.set(insert, 14, request.submittedAt());
            insert.setDate(15, Date.valueOf(request.submittedOn()));
            text(insert, 16, request.locarno());
            text(insert, 17, request.organisationName());
            text(insert, 18, request.creditCode());
            insert.executeUpdate();
        }
    }

    /** Requests the organisation filed on or after {@code from}, counted on {@code c}. */
    public int filedSince(Connection c, long organisationId, LocalDate from) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM PREEXAM.REQUEST"
                + " WHERE ORGANISATION_ID = ? AND SUBMITTED_ON >= ?")) {
            count.setLong(1, organisationId);
            count.setDate(2, Date.valueOf(from));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Override
    public int filedSince(long organisationId, LocalDate from) throws SQLException {
        try (Connection c = database.getConnection()) {
            return filedSince(c, organisationId, from);
        }
    }

    /** The request of case {@code caseId}, read on {@code c}. */
    public Optional<RequestRecord> find(Connection c, long caseId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM PREEXAM.REQUEST WHERE CASE_ID = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(record(row)) : Optional.empty();
            }
        }
    }

    /** The request of case {@code caseId}. */
    public Optional<RequestRecord> find(long caseId) throws SQLException {
        try (Connection c = database.getConnection()) {
            return find(c, caseId);
        }
    }

    /** Records the status the case moves to. */
    public void status(Connection tx, long caseId, String status) throws SQLException {
        update(tx, "UPDATE PREEXAM.REQUEST SET STATUS = ? WHERE CASE_ID = ?", status, caseId);
    }

    /** Counts one more correction requested. */
    public void correctionRequested(Connection tx, long caseId) throws SQLException {
        update(tx, "UPDATE PREEXAM.REQUEST SET CORRECTIONS = CORRECTIONS + 1 WHERE CASE_ID = ?", caseId);
    }

    /** Records the examiner's reasons, ahead of the rejecting move. */
    public void rejectionReasons(Connection tx, long caseId, List<String> reasons, String text) throws SQLException {
        update(tx, "UPDATE PREEXAM.REQUEST SET REJECTION_REASONS = ?, REJECTION_TEXT = ? WHERE CASE_ID = ?",
                String.join(",", reasons), text, caseId);
    }

    /** Records a decision (qualified or rejected) made on {@code on}, {@code days} working days after submission. */
    public void decided(Connection tx, long caseId, String decision, LocalDate on, int days) throws SQLException {
        update(tx, "UPDATE PREEXAM.REQUEST SET DECISION = ?, DECIDED_ON = ?, DECISION_DAYS = ? WHERE CASE_ID = ?",
                decision, Date.valueOf(on), days, caseId);
    }

    /** Records the qualification: the pre-examination number and the filing deadline. */
    public void qualified(Connection tx, long caseId, String number, LocalDate on, LocalDate deadline)
            throws SQLException {
        update(tx, "UPDATE PREEXAM.REQUEST SET PREEXAM_NUMBER = ?, QUALIFIED_ON = ?, FILING_DEADLINE = ?"
                + " WHERE CASE_ID = ?", number, Date.valueOf(on), Date.valueOf(deadline), caseId);
    }

    /** Records the patent office's application number, ahead of the filing move. */
    public void applicationNumber(Connection tx, long caseId, String number) throws SQLException {
        update(tx, "UPDATE PREEXAM.REQUEST SET APPLICATION_NUMBER = ? WHERE CASE_ID = ?", number, caseId);
    }

    /** Records the day the filing was recorded. */
    public void filed(Connection tx, long caseId, LocalDate on) throws SQLException {
        update(tx, "UPDATE PREEXAM.REQUEST SET FILED_ON = ? WHERE CASE_ID = ?", Date.valueOf(on), caseId);
    }

    /** The next serial of pre-examination numbers in {@code year}, taken inside the transaction. */
    public int nextSerial(Connection tx, int year) throws SQLException {
        if (update(tx, "UPDATE PREEXAM.NUMBER_SERIAL SET LAST_SERIAL = LAST_SERIAL + 1 WHERE NUMBER_YEAR = ?",
                year) == 0) {
            update(tx, "INSERT INTO PREEXAM.NUMBER_SERIAL (NUMBER_YEAR, LAST_SERIAL) VALUES (?, 1)", year);
            return 1;
        }
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT LAST_SERIAL FROM PREEXAM.NUMBER_SERIAL WHERE NUMBER_YEAR = ?")) {
            select.setInt(1, year);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static RequestRecord record(ResultSet row) throws SQLException {
        int days = row.getInt(17);
        Integer decisionDays = row.wasNull() ? null : days;
        return new RequestRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                lines(row.getString(5), "\n"), lines(row.getString(6), "\n"), row.getString(7),
                blankAsNull(row.getString(8)), blankAsNull(row.getString(9)), lines(row.getString(10), ","),
                row.getString(25), row.getBoolean(11), UtcColumns.get(row, 12),
                row.getDate(13).toLocalDate(), row.getInt(14), row.getString(15), date(row.getDate(16)),
                decisionDays, lines(row.getString(18), ","), row.getString(19), row.getString(20),
                date(row.getDate(21)), date(row.getDate(22)), row.getString(23), date(row.getDate(24)),
                row.getString(26), blankAsNull(row.getString(27)));
    }

    private static List<String> lines(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }

    /** A text column, null when empty or blank (CHAR columns come back padded). */
    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
