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
import org.onestop.api.identity.People;
import org.onestop.api.schema.UtcColumns;

/**
 * Reads rows of {@code CASES.CASE_ATTACHMENT}, with the case's tracking number, and names each uploader through
 * identity's {@link People}.
 */
final class AttachmentRows {

    private static final String SELECT = "SELECT A.ID, A.FILE_NAME, A.MEDIA_TYPE, A.SIZE_BYTES, A.SHA256, A.PURPOSE,"
            + " A.UPLOADED_AT, A.CASE_ID, C.TRACKING_NUMBER, A.EVENT_ID, A.DRAFT_ID, A.UPLOADER_ID,"
            + " A.STORED_NAME, A.ACTIVE_CONTENT FROM CASES.CASE_ATTACHMENT A"
            + " LEFT JOIN CASES.CASE_FILE C ON C.ID = A.CASE_ID";

    private final People people;

    AttachmentRows(People people) {
        this.people = people;
    }

    Optional<StoredAttachment> find(Connection connection, long id) throws SQLException {
        List<StoredAttachment> rows = select(connection, SELECT + " WHERE A.ID = ?", id);
        return rows.stream().findFirst();
    }

    /** The files attached to a case, in the order they were stored. */
    List<StoredAttachment> ofCase(Connection connection, long caseId) throws SQLException {
        return select(connection, SELECT + " WHERE A.CASE_ID = ? ORDER BY A.ID", caseId);
    }

    /** The files attached to a case by the id of the timeline event they came with, events in order. */
    Map<Long, List<Attachment>> byEvent(Connection connection, long caseId) throws SQLException {
        Map<Long, List<Attachment>> byEvent = new LinkedHashMap<>();
        for (StoredAttachment row : ofCase(connection, caseId)) {
            if (row.eventId() != null) {
                byEvent.computeIfAbsent(row.eventId(), e -> new ArrayList<>()).add(row.attachment());
            }
        }
        return byEvent;
    }

    /** The rows {@code sql} finds with {@code key}, each file named with its uploader as {@code connection} sees. */
    private List<StoredAttachment> select(Connection connection, String sql, long key) throws SQLException {
        List<StoredAttachment> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, key);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(row(rows));
                }
            }
        }
        Map<Long, String> names = people.names(connection,
                found.stream().map(StoredAttachment::uploaderId).toList());
        return found.stream().map(f -> named(f, names.get(f.uploaderId()))).toList();
    }

    private static StoredAttachment row(ResultSet rows) throws SQLException {
        String active = rows.getString(14);
        Attachment attachment = new Attachment(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                rows.getString(5), rows.getString(6), UtcColumns.get(rows, 7), null,
                active == null || active.isBlank() ? List.of() : List.of(active.split(",")));
        return new StoredAttachment(attachment, nullable(rows, 8), rows.getString(9), nullable(rows, 10),
                nullable(rows, 11), rows.getLong(12), rows.getString(13));
    }

    private static StoredAttachment named(StoredAttachment row, String uploaderName) {
        Attachment a = row.attachment();
        return new StoredAttachment(new Attachment(a.id(), a.fileName(), a.mediaType(), a.size(), a.sha256(),
                a.purpose(), a.uploadedAt(), uploaderName, a.activeContent()), row.caseId(), row.trackingNumber(),
                row.eventId(), row.draftId(), row.uploaderId(), row.storedName());
    }

    private static Long nullable(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
