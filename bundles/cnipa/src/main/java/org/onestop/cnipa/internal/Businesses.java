package org.onestop.cnipa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's tables in the schema {@code CNIPA} and the business it knows, read within the caller's transaction. */
@Component(service = Businesses.class)
public final class Businesses {

    private static final String COLUMNS = "CODE, NAME_ZH, NAME_EN, CHANNEL, HALL_SERVICE, POSITION, ACTIVE";

    private final DataSource database;

    @Activate
    public Businesses(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=CNIPA)") DataSource database) {
        this.database = database;
    }

    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    /** Every business, active or not, in order. */
    List<Business> all(Connection tx) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM CNIPA.BUSINESS"
                + " ORDER BY POSITION, CODE"); ResultSet rows = select.executeQuery()) {
            List<Business> all = new ArrayList<>();
            while (rows.next()) {
                all.add(business(rows));
            }
            return all;
        }
    }

    Optional<Business> find(Connection tx, String code) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM CNIPA.BUSINESS"
                + " WHERE CODE = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(business(row)) : Optional.empty();
            }
        }
    }

    private static Business business(ResultSet row) throws SQLException {
        return new Business(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getInt(6), row.getInt(7) == 1);
    }
}
