package org.onestop.cases.internal.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.cases.NotificationCount;
import org.onestop.api.module.Paging;
import org.onestop.api.schema.LikePattern;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.onestop.cases.internal.cases.CaseTables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An account's notifications as it reads them: the list newest first, the unread count the header shows, and
 * marking one or all as read. Every method takes the account whose notifications it reads, so nobody reaches
 * another account's: a notification of someone else is answered as if it did not exist.
 */
@Component(service = {NotificationInbox.class, NotificationCount.class}, immediate = true)
public final class NotificationInbox implements NotificationCount {

    private static final String COLUMNS = "ID, CREATED_AT, SUBJECT, BODY, LINK, READ_AT";

    private final DataSource database;
    private final Clock clock;

    @Activate
    public NotificationInbox(@Reference(target = CaseTables.DATA_SOURCE) DataSource database) {
        this(database, Clock.systemUTC());
    }

    public NotificationInbox(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A page of the account's notifications, newest first. */
    public NotificationList list(long accountId, Paging paging) throws SQLException {
        try (Connection c = database.getConnection()) {
            long total = count(c, accountId, false);
            long unread = count(c, accountId, true);
            List<StoredNotification> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM CASES.NOTIFICATION"
                    + " WHERE ACCOUNT_ID = ? ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                select.setLong(1, accountId);
                select.setLong(2, paging.offset());
                select.setInt(3, paging.size());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(read(rows));
                    }
                }
            }
            return new NotificationList(total, unread, paging.page(), paging.size(), items);
        }
    }

    /** How many of the account's notifications are unread: one indexed count, cheap enough for every page. */
    @Override
    public long unread(long accountId) throws SQLException {
        try (Connection c = database.getConnection()) {
            return count(c, accountId, true);
        }
    }

    /**
     * Marks the account's notification {@code id} read (a second time changes nothing) and answers it; empty when
     * the account has no such notification.
     */
    public Optional<StoredNotification> markRead(long accountId, long id) throws SQLException {
        return new UnitOfWork(database).call(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE CASES.NOTIFICATION SET READ_AT = ?"
                    + " WHERE ID = ? AND ACCOUNT_ID = ? AND READ_AT IS NULL")) {
                UtcColumns.set(update, 1, clock.instant());
                update.setLong(2, id);
                update.setLong(3, accountId);
                update.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM CASES.NOTIFICATION"
                    + " WHERE ID = ? AND ACCOUNT_ID = ?")) {
                select.setLong(1, id);
                select.setLong(2, accountId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Marks read the account's notifications that lead to the page of case {@code trackingNumber} (the applicant's
     * {@code /requests/…} or the staff's {@code /staff/cases/…}), once the account has opened that page; answers
     * how many were unread.
     */
    public int markCaseRead(long accountId, String trackingNumber) throws SQLException {
        String applicants = "/requests/" + trackingNumber;
        String staff = "/staff/cases/" + trackingNumber;
        return new UnitOfWork(database).call(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE CASES.NOTIFICATION SET READ_AT = ?"
                    + " WHERE ACCOUNT_ID = ? AND READ_AT IS NULL AND (LINK IN (?, ?)"
                    + " OR LINK LIKE ? " + LikePattern.CLAUSE + " OR LINK LIKE ? " + LikePattern.CLAUSE
                    + " OR LINK LIKE ? " + LikePattern.CLAUSE + " OR LINK LIKE ? " + LikePattern.CLAUSE + ")")) {
                UtcColumns.set(update, 1, clock.instant());
                update.setLong(2, accountId);
                update.setString(3, applicants);
                update.setString(4, staff);
                update.setString(5, LikePattern.literal(applicants) + "?%");
                update.setString(6, LikePattern.literal(applicants) + "#%");
                update.setString(7, LikePattern.literal(staff) + "?%");
                update.setString(8, LikePattern.literal(staff) + "#%");
                return update.executeUpdate();
            }
        });
    }

    /** Marks every unread notification of the account read; answers how many were unread. */
    public int markAllRead(long accountId) throws SQLException {
        return new UnitOfWork(database).call(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE CASES.NOTIFICATION SET READ_AT = ?"
                    + " WHERE ACCOUNT_ID = ? AND READ_AT IS NULL")) {
                UtcColumns.set(update, 1, clock.instant());
                update.setLong(2, accountId);
                return update.executeUpdate();
            }
        });
    }

    private static long count(Connection c, long accountId, boolean unreadOnly) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM CASES.NOTIFICATION"
                + " WHERE ACCOUNT_ID = ?" + (unreadOnly ? " AND READ_AT IS NULL" : ""))) {
            count.setLong(1, accountId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static StoredNotification read(ResultSet rows) throws SQLException {
        return new StoredNotification(rows.getLong(1), UtcColumns.get(rows, 2), rows.getString(3),
                rows.getString(4), rows.getString(5), UtcColumns.get(rows, 6));
    }
}
