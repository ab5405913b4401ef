package org.onestop.mail.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.mail.Mail;
import org.onestop.api.mail.Outbox;
import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The mail outbox in the table {@code MAIL.MAIL_OUTBOX}: mail is posted in the caller's transaction and sent by
 * the {@link MailCourier} after the commit. Operators list it by status and send failed mail again. A recipient must
 * look like an address, and neither it nor the subject may hold a line break or other control character, so that
 * nothing can be smuggled into the message's headers.
 */
@Component(service = {Outbox.class, MailOutbox.class}, immediate = true)
public final class MailOutbox implements Outbox {

    /** Target of the outbox's own data source, whose schema holds the outbox. */
    static final String DATABASE = "(" + Schema.DATASOURCE_PROPERTY + "=MAIL)";

    /** Items per page of the operators' list, at most. */
    static final int MAX_PAGE_SIZE = 200;

    static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED");
    static final int RECIPIENT_MAX = 320;
    static final int SUBJECT_MAX = 500;
    static final int BODY_MAX = 32000;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\]+@[^\\s@<>()\\[\\],;:\"\\\\]+"
            + "\\.[^\\s@<>()\\[\\],;:\"\\\\.]+");
    static final String COLUMNS = "ID, RECIPIENT, SUBJECT, BODY, CREATED_AT, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT,"
            + " LAST_ERROR, SENT_AT";

    /** What became of a request to send a failed mail again. */
    public enum Retry {
        RETRIED, NO_SUCH_MAIL, NOT_FAILED
    }

    private final DataSource database;
    private final AuditTrail trail;
    private final Clock clock;

    @Activate
    public MailOutbox(@Reference(target = DATABASE) DataSource database, @Reference AuditTrail trail)
            throws SQLException {
        this(database, trail, Clock.systemUTC());
        EarlierOutbox.moveInto(database);
    }

    public MailOutbox(DataSource database, AuditTrail trail, Clock clock) {
        this.database = database;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public void post(Connection transaction, Mail mail) throws SQLException {
        check(mail);
        Instant now = clock.instant();
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO MAIL.MAIL_OUTBOX"
                + " (RECIPIENT, SUBJECT, BODY, CREATED_AT, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT)"
                + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?)")) {
            insert.setString(1, mail.to().strip());
            insert.setString(2, mail.subject());
            insert.setString(3, mail.text());
            UtcColumns.set(insert, 4, now);
            UtcColumns.set(insert, 5, now);
            insert.executeUpdate();
        }
    }

    /** Refuses a mail that cannot be sent as it is, saying why. */
    static void check(Mail mail) {
        if (mail == null || mail.to() == null || mail.subject() == null || mail.text() == null) {
            throw new IllegalArgumentException("A mail needs a recipient, a subject and a text");
        }
        String to = mail.to().strip();
        if (to.chars().anyMatch(Character::isISOControl) || mail.subject().chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The recipient and the subject of a mail must not contain line breaks"
                    + " or other control characters");
        }
        if (to.length() > RECIPIENT_MAX || !ADDRESS.matcher(to).matches()) {
            throw new IllegalArgumentException("Not an email address: " + to);
        }
        if (mail.subject().length() > SUBJECT_MAX || mail.text().length() > BODY_MAX) {
            throw new IllegalArgumentException("A mail's subject is limited to " + SUBJECT_MAX
                    + " characters and its text to " + BODY_MAX);
        }
    }

    @Override
    public Size size() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT"
                        + " SUM(CASE WHEN STATUS = 'PENDING' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN STATUS = 'FAILED' THEN 1 ELSE 0 END) FROM MAIL.MAIL_OUTBOX");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return new Size(rows.getLong(1), rows.getLong(2));
        }
    }

    /** A page of the outbox, newest first; {@code status} is one of {@link #STATUSES} or null for all. */
    public OutboxPage find(String status, Paging paging) throws SQLException {
        String where = status == null ? "" : " WHERE STATUS = ?";
        try (Connection connection = database.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM MAIL.MAIL_OUTBOX" + where)) {
                if (status != null) {
                    count.setString(1, status);
                }
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<OutboxMail> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM MAIL.MAIL_OUTBOX" + where + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = 1;
                if (status != null) {
                    select.setString(i++, status);
                }
                select.setLong(i++, paging.offset());
                select.setInt(i, paging.size());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(mail(rows));
                    }
                }
            }
            return new OutboxPage(total, paging.page(), paging.size(), status, items);
        }
    }

    /**
     * Makes a FAILED mail PENDING again, due now, with its attempts counted afresh; recorded in the audit trail as
     * done by {@code caller}, in the same transaction.
     */
    public Retry retry(long id, Caller caller) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("UPDATE MAIL.MAIL_OUTBOX"
                    + " SET STATUS = 'PENDING', ATTEMPTS = 0, NEXT_ATTEMPT_AT = ?, CLAIM = NULL"
                    + " WHERE ID = ? AND STATUS = 'FAILED'")) {
                UtcColumns.set(update, 1, clock.instant());
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    Retry refused = exists(connection, id) ? Retry.NOT_FAILED : Retry.NO_SUCH_MAIL;
                    connection.rollback();
                    return refused;
                }
                trail.record(connection, AuditEntry.by(caller, "mail.retried", "mail:" + id, ""));
                connection.commit();
                return Retry.RETRIED;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** A status as a request names it ({@code failed}), or null for a blank one; an unknown one is refused (400). */
    static String status(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String status = requested.strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw Refusal.badRequest("ops.error.status", requested.strip());
        }
        return status;
    }

    private static boolean exists(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM MAIL.MAIL_OUTBOX WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The page of the operators' list a request asks for; nonsense is refused (400). */
    static Paging paging(String page, String size, int defaultSize) {
        return Paging.parse(page, size, defaultSize, MAX_PAGE_SIZE);
    }

    /** The mail in the current row of a query selecting {@link #COLUMNS}. */
    static OutboxMail mail(ResultSet rows) throws SQLException {
        return new OutboxMail(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                UtcColumns.get(rows, 5), rows.getString(6), rows.getInt(7), UtcColumns.get(rows, 8),
                rows.getString(9), UtcColumns.get(rows, 10));
    }
}
