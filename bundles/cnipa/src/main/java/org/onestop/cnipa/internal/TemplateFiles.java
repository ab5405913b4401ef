package org.onestop.cnipa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Component;

/** The template files in {@code CNIPA.TEMPLATE_FILE}, read and added within the caller's transaction. */
@Component(service = TemplateFiles.class)
public final class TemplateFiles {

    private static final String COLUMNS = "ID, BUSINESS, NAME, KIND, SIZE, UPLOADED_BY, UPLOADED_AT";

    /** Stores {@code content} as a template of {@code file.business()}; returns it with its id. */
    TemplateFile insert(Connection tx, TemplateFile file, byte[] content) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CNIPA.TEMPLATE_FILE (BUSINESS, NAME, KIND,"
                + " SIZE, CONTENT, UPLOADED_BY, UPLOADED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, file.business());
            insert.setString(2, file.name());
            insert.setString(3, file.kind().extension());
            insert.setLong(4, content.length);
            insert.setBytes(5, content);
            insert.setString(6, file.uploadedBy());
            UtcColumns.set(insert, 7, file.uploadedAt());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new TemplateFile(keys.getLong(1), file.business(), file.name(), file.kind(), content.length,
                        file.uploadedBy(), file.uploadedAt());
            }
        }
    }

    /** The files of {@code ids} that exist, by their address. */
    Map<String, TemplateFile> find(Connection tx, Collection<Long> ids) throws SQLException {
        Map<String, TemplateFile> found = new LinkedHashMap<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS
                + " FROM CNIPA.TEMPLATE_FILE WHERE ID = ?")) {
            for (long id : ids) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        TemplateFile file = file(row);
                        found.put(file.address(), file);
                    }
                }
            }
        }
        return found;
    }

    /** The file {@code id} with its content. */
    Optional<Map.Entry<TemplateFile, byte[]>> content(Connection tx, long id) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS
                + ", CONTENT FROM CNIPA.TEMPLATE_FILE WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Map.entry(file(row), row.getBytes(8))) : Optional.empty();
            }
        }
    }

    private static TemplateFile file(ResultSet row) throws SQLException {
        return new TemplateFile(row.getLong(1), row.getString(2), row.getString(3),
                TemplateKind.stored(row.getString(4)), row.getLong(5), row.getString(6), UtcColumns.get(row, 7));
    }
}
