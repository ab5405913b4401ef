package org.onestop.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.onestop.api.module.Paging;
import org.onestop.api.schema.LikePattern;
import org.onestop.api.schema.UtcColumns;
import org.onestop.platform.internal.db.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the audit trail for operators: by actor, action prefix and time, a page at a time, newest first. */
@Component(service = TrailSearch.class, immediate = true)
public final class TrailSearch {

    private final DataSource database;

    @Activate
    public TrailSearch(@Reference(target = Database.PLATFORM) DataSource database) {
        this.database = database;
    }

    public AuditPage find(AuditQuery query) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.actor() != null) {
            where.append(" AND ACTOR = ?");
            parameters.add(query.actor());
        }
        if (query.actionPrefix() != null) {
            where.append(" AND ACTION LIKE ? " + LikePattern.CLAUSE);
            parameters.add(LikePattern.startingWith(query.actionPrefix()));
        }
        if (query.from() != null) {
            where.append(" AND RECORDED_AT >= ?");
            parameters.add(query.from());
        }
        if (query.until() != null) {
            where.append(" AND RECORDED_AT < ?");
            parameters.add(query.until());
        }
        Paging paging = query.paging();
        try (Connection connection = database.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY" + where,
                    parameters); ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(paging.offset());
            paged.add(paging.size());
            List<RecordedEntry> items = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, "SELECT SEQ, RECORDED_AT, ACTOR, ACTION, TARGET,"
                    + " CLIENT_ADDRESS, DETAIL, PREVIOUS_HASH, ENTRY_HASH FROM PLATFORM.AUDIT_ENTRY" + where
                    + " ORDER BY SEQ DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(entry(rows));
                }
            }
            return new AuditPage(total, paging.page(), paging.size(), items);
        }
    }

    /** The entry in the current row of a query selecting the trail's columns in table order. */
    static RecordedEntry entry(ResultSet rows) throws SQLException {
        return new RecordedEntry(rows.getLong(1), UtcColumns.get(rows, 2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof Instant instant) {
                    UtcColumns.set(statement, i + 1, instant);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
