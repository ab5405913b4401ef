package org.onestop.mail.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.onestop.api.schema.UtcColumns;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.MessagingException;

/**
 * Sends the outbox's due mail, as a task of the shared scheduler at the configured interval, run by one gateway node
 * at a time (the holder of the task's lease; another node takes over within a minute of the holder's death). Each
 * due PENDING mail is first claimed with a conditional UPDATE that moves its next attempt two minutes ahead, so that
 * even two couriers would not send it twice; then it goes to the SMTP server and is marked SENT, or its attempts are
 * counted and the next one is put off, doubling from a minute up to an hour, until after the configured number of
 * attempts it is FAILED. A gateway that dies while sending leaves that mail to be tried again when its claim ends.
 * Without an SMTP host nothing is sent. Configuration {@value MailConfig#PID}; an edit restarts the courier.
 */
@Component(service = MailCourier.class, immediate = true, configurationPid = MailConfig.PID)
@Designate(ocd = MailConfig.class)
public final class MailCourier {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** How long a mail stays claimed by the run sending it: longer than one send can take with its timeouts. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final int ERROR_MAX = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(MailCourier.class);

    private final DataSource database;
    private final MailSettings settings;
    private final Clock clock;
    private final SmtpDelivery delivery;
    private ScheduledTask sending;

    /** What one run did. */
    public record Round(int sent, int retrying, int failed) {
    }

    @Activate
    public MailCourier(@Reference(target = MailOutbox.DATABASE) DataSource database,
            @Reference Scheduler scheduler, MailConfig config) {
        this(database, MailSettings.of(config), Clock.systemUTC());
        long seconds = settings.interval().toSeconds();
        sending = scheduler.onOneNode("mail.courier", Duration.ofSeconds(Math.min(seconds, 2)), settings.interval(),
                this::run);
        LOG.info(settings.configured() ? "Mail courier sends through {}" : "Mail courier idle: no SMTP host"
                + " is configured ({}), mail waits in the outbox", settings);
    }

    /** A courier that runs only when {@link #deliverDue()} is called, for tests. */
    public MailCourier(DataSource database, MailSettings settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
        this.delivery = new SmtpDelivery(settings);
    }

    @Deactivate
    void close() {
        if (sending != null) {
            sending.close();
        }
    }

    public MailSettings settings() {
        return settings;
    }

    private void run() throws SQLException {
        Round round = deliverDue();
        if (round.sent() + round.retrying() + round.failed() > 0) {
            LOG.info("Mail courier: {} sent, {} to retry, {} failed", round.sent(), round.retrying(),
                    round.failed());
        }
    }

    /** Sends the mail that is due now; does nothing without an SMTP host. */
    public Round deliverDue() throws SQLException {
        if (!settings.configured()) {
            return new Round(0, 0, 0);
        }
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (long id : due(clock.instant())) {
            String claim = UUID.randomUUID().toString();
            OutboxMail mail = claim(id, claim);
            if (mail == null) {
                continue;
            }
            try {
                delivery.send(mail.recipient(), mail.subject(), mail.body(), mail.createdAt());
                finish(id, claim, "SENT", mail.attempts(), null);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                int attempts = mail.attempts() + 1;
                boolean givenUp = attempts >= settings.maxAttempts();
                finish(id, claim, givenUp ? "FAILED" : "PENDING", attempts, describe(e));
                if (givenUp) {
                    failed++;
                    LOG.warn("Mail {} to {} failed for good after {} attempts: {}", id, mail.recipient(), attempts,
                            describe(e));
                } else {
                    retrying++;
                }
            }
        }
        return new Round(sent, retrying, failed);
    }

    /** How long to wait after the {@code attempts}-th failed attempt: doubling from a minute, at most an hour. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private List<Long> due(Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT ID FROM MAIL.MAIL_OUTBOX"
                        + " WHERE STATUS = 'PENDING' AND NEXT_ATTEMPT_AT <= ? ORDER BY NEXT_ATTEMPT_AT, ID"
                        + " FETCH FIRST " + BATCH + " ROWS ONLY")) {
            UtcColumns.set(select, 1, now);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Takes a due mail for this run; null if it is no longer due (another gateway took it). */
    private OutboxMail claim(long id, String claim) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE MAIL.MAIL_OUTBOX"
                    + " SET NEXT_ATTEMPT_AT = ?, CLAIM = ? WHERE ID = ? AND STATUS = 'PENDING'"
                    + " AND NEXT_ATTEMPT_AT <= ?")) {
                UtcColumns.set(update, 1, now.plus(CLAIM));
                update.setString(2, claim);
                update.setLong(3, id);
                UtcColumns.set(update, 4, now);
                if (update.executeUpdate() != 1) {
                    return null;
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT " + MailOutbox.COLUMNS
                    + " FROM MAIL.MAIL_OUTBOX WHERE ID = ? AND CLAIM = ?")) {
                select.setLong(1, id);
                select.setString(2, claim);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? MailOutbox.mail(rows) : null;
                }
            }
        }
    }

    /** Records the outcome of an attempt, if this run still holds the mail. */
    private void finish(long id, String claim, String status, int attempts, String error) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE MAIL.MAIL_OUTBOX"
                        + " SET STATUS = ?, ATTEMPTS = ?, NEXT_ATTEMPT_AT = ?, LAST_ERROR = ?, SENT_AT = ?,"
                        + " CLAIM = NULL WHERE ID = ? AND CLAIM = ?")) {
            boolean sent = status.equals("SENT");
            update.setString(1, status);
            update.setInt(2, attempts);
            UtcColumns.set(update, 3, status.equals("PENDING") ? now.plus(backoff(attempts)) : now);
            update.setString(4, sent ? null : error);
            if (sent) {
                UtcColumns.set(update, 5, now);
            } else {
                update.setNull(5, java.sql.Types.TIMESTAMP);
            }
            update.setLong(6, id);
            update.setString(7, claim);
            if (update.executeUpdate() != 1) {
                LOG.warn("Mail {} was taken over by another courier while this one sent it (status {})", id, status);
            }
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        String flat = text.toString().replaceAll("\\s+", " ").strip();
        return flat.length() <= ERROR_MAX ? flat : flat.substring(0, ERROR_MAX - 1) + "…";
    }
}
