package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.identity.People;
import org.onestop.api.schema.UtcColumns;

/**
 * Reads case envelopes from {@code CASES.CASE_FILE}, then names their applicant and assignee through identity's
 * {@link People} in the same transaction.
 */
public final class CaseRows {

    /** The columns {@link #read(ResultSet)} expects, in order, of {@code CASES.CASE_FILE} aliased {@code c}. */
    public static final String COLUMNS = "SELECT c.ID, c.TRACKING_NUMBER, c.MODULE, c.CASE_TYPE, c.TITLE, c.STATUS,"
            + " c.APPLICANT_ID, c.ORGANISATION_ID, c.ASSIGNEE_ID, c.OPENED_AT, c.UPDATED_AT, c.DUE_ON, c.VERSION";
    private static final String SELECT = COLUMNS + " FROM CASES.CASE_FILE c";

    private final People people;

    public CaseRows(People people) {
        this.people = people;
    }

    /** The case in the current row of {@code row} (which selects {@link #COLUMNS}), not yet named. */
    public static CaseFile read(ResultSet row) throws SQLException {
        long organisation = row.getLong(8);
        Long organisationId = row.wasNull() ? null : organisation;
        long assignee = row.getLong(9);
        Long assigneeId = row.wasNull() ? null : assignee;
        Date due = row.getDate(12);
        return new CaseFile(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getLong(7), null, organisationId, assigneeId, null,
                UtcColumns.get(row, 10), UtcColumns.get(row, 11), due == null ? null : due.toLocalDate(),
                row.getLong(13));
    }

    /** The cases with the names of their applicants and assignees, as {@code tx} sees the accounts. */
    public List<CaseFile> named(Connection tx, List<CaseFile> files) throws SQLException {
        if (files.isEmpty()) {
            return files;
        }
        Map<Long, String> names = people.names(tx, files.stream()
                .flatMap(f -> Stream.of(f.applicantId(), f.assigneeId())).filter(Objects::nonNull).toList());
        List<CaseFile> named = new ArrayList<>(files.size());
        for (CaseFile f : files) {
            named.add(new CaseFile(f.id(), f.trackingNumber(), f.module(), f.caseType(), f.title(), f.status(),
                    f.applicantId(), names.get(f.applicantId()), f.organisationId(), f.assigneeId(),
                    f.assigneeId() == null ? null : names.get(f.assigneeId()), f.openedAt(), f.updatedAt(),
                    f.dueOn(), f.version()));
        }
        return named;
    }

    public Optional<CaseFile> byTrackingNumber(Connection connection, String trackingNumber) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE c.TRACKING_NUMBER = ?")) {
            select.setString(1, trackingNumber);
            return one(connection, select);
        }
    }

    public Optional<CaseFile> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE c.ID = ?")) {
            select.setLong(1, id);
            return one(connection, select);
        }
    }

    private Optional<CaseFile> one(Connection connection, PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(named(connection, List.of(read(row))).get(0)) : Optional.empty();
        }
    }
}
