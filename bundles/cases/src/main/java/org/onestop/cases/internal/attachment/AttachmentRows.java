package org.onestop.cases.internal.attachment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.cases.Attachment;
import org.onestop.api.schema.UtcColumns;

/** Reads rows of {@code CASES.CASE_ATTACHMENT}, with the uploader's name and the case's tracking number. */
final class AttachmentRows {

    private static final String SELECT = "SELECT A.ID, A.FILE_NAME, A.MEDIA_TYPE, A.SIZE_BYTES, A.SHA256, A.PURPOSE,"
            + " A.UPLOADED_AT, U.DISPLAY_NAME, A.CASE_ID, C.TRACKING_NUMBER, A.EVENT_ID, A.DRAFT_ID, A.UPLOADER_ID,"
            + " A.STORED_NAME, A.ACTIVE_CONTENT FROM CASES.CASE_ATTACHMENT A"
            + " JOIN PLATFORM.ACCOUNT U ON U.ID = A.UPLOADER_ID LEFT JOIN CASES.CASE_FILE C ON C.ID = A.CASE_ID";

    private AttachmentRows() {
    }

    static Optional<StoredAttachment> find(Connection connection, long id) throws SQLException {
        List<StoredAttachment> rows = select(connection, SELECT + " WHERE A.ID = ?", id);
        return rows.stream().findFirst();
    }

    /** The files attached to a case, in the order they were stored. */
    static List<StoredAttachment> ofCase(Connection connection, long caseId) throws SQLException {
        return select(connection, SELECT + " WHERE A.CASE_ID = ? ORDER BY A.ID", caseId);
    }

    /** The files attached to a case by the id of the timeline event they came with, events in order. */
    static Map<Long, List<Attachment>> byEvent(Connection connection, long caseId) throws SQLException {
        Map<Long, List<Attachment>> byEvent = new LinkedHashMap<>();
        for (StoredAttachment row : ofCase(connection, caseId)) {
            if (row.eventId() != null) {
                byEvent.computeIfAbsent(row.eventId(), e -> new ArrayList<>()).add(row.attachment());
            }
        }
        return byEvent;
    }

    private static List<StoredAttachment> select(Connection connection, String sql, long key) throws SQLException {
        List<StoredAttachment> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, key);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(row(rows));
                }
            }
        }
        return found;
    }

    private static StoredAttachment row(ResultSet rows) throws SQLException {
        String active = rows.getString(15);
        Attachment attachment = new Attachment(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                rows.getString(5), rows.getString(6), UtcColumns.get(rows, 7), rows.getString(8),
                active == null || active.isBlank() ? List.of() : List.of(active.split(",")));
        return new StoredAttachment(attachment, nullable(rows, 9), rows.getString(10), nullable(rows, 11),
                nullable(rows, 12), rows.getLong(13), rows.getString(14));
    }

    private static Long nullable(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
