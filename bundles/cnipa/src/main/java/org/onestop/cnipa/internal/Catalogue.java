package org.onestop.cnipa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service catalogue's versions in {@code CNIPA.CATALOGUE_VERSION}, read and added within the caller's
 * transaction: the entry in force is a business's highest version; versions are never rewritten.
 */
@Component(service = Catalogue.class)
public final class Catalogue {

    private static final String COLUMNS = "CODE, VERSION, " + CatalogueEntry.FIELDS.stream()
            .map(CatalogueEntry::column).collect(Collectors.joining(", ")) + ", TO_CONFIRM, EDITED_BY, EDITED_AT";

    private final Businesses businesses;

    @Activate
    public Catalogue(@Reference Businesses businesses) {
        this.businesses = businesses;
    }

    Businesses businesses() {
        return businesses;
    }

    /** The entry in force of {@code code}, if the business has one. */
    Optional<CatalogueEntry> current(Connection tx, String code) throws SQLException {
        List<CatalogueEntry> found = select(tx, " WHERE CODE = ? ORDER BY VERSION DESC FETCH FIRST 1 ROWS ONLY", code);
        return found.stream().findFirst();
    }

    /** The entry in force of every business that has one, by code. */
    Map<String, CatalogueEntry> current(Connection tx) throws SQLException {
        Map<String, CatalogueEntry> byCode = new LinkedHashMap<>();
        for (CatalogueEntry entry : select(tx, " v WHERE VERSION = (SELECT MAX(VERSION) FROM CNIPA.CATALOGUE_VERSION"
                + " w WHERE w.CODE = v.CODE) ORDER BY CODE")) {
            byCode.put(entry.code(), entry);
        }
        return byCode;
    }

    /** Every version of {@code code}'s entry, the newest first. */
    List<CatalogueEntry> versions(Connection tx, String code) throws SQLException {
        return select(tx, " WHERE CODE = ? ORDER BY VERSION DESC", code);
    }

    /** Stores {@code entry} as it is (its version the next of its business's). */
    void insert(Connection tx, CatalogueEntry entry) throws SQLException {
        int count = CatalogueEntry.FIELDS.size() + 5;
        String marks = String.join(", ", java.util.Collections.nCopies(count, "?"));
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CNIPA.CATALOGUE_VERSION (" + COLUMNS
                + ") VALUES (" + marks + ")")) {
            int i = 1;
            insert.setString(i++, entry.code());
            insert.setInt(i++, entry.version());
            for (String field : CatalogueEntry.FIELDS) {
                insert.setString(i++, entry.fields().getOrDefault(field, ""));
            }
            insert.setInt(i++, entry.toConfirm() ? 1 : 0);
            insert.setString(i++, entry.editedBy());
            UtcColumns.set(insert, i, entry.editedAt());
            insert.executeUpdate();
        }
    }

    private List<CatalogueEntry> select(Connection tx, String where, String... values) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM CNIPA.CATALOGUE_VERSION"
                + where)) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<CatalogueEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(entry(rows));
                }
                return entries;
            }
        }
    }

    private static CatalogueEntry entry(ResultSet row) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 3;
        for (String field : CatalogueEntry.FIELDS) {
            fields.put(field, row.getString(i++));
        }
        boolean toConfirm = row.getInt(i++) == 1;
        String editedBy = row.getString(i++);
        Instant editedAt = UtcColumns.get(row, i);
        return new CatalogueEntry(row.getString(1), row.getInt(2), fields, toConfirm, editedBy, editedAt);
    }
}
