package org.onestop.ticketing.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;

import org.onestop.api.module.Refusal;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gives numbers: the next of a service's day ({@code A001} … {@code A999}, restarting each day), stored as waiting in
 * the caller's transaction with its history's first entry. The service's row is locked first, so two visitors never
 * get the same number, on Derby and PostgreSQL alike. Whether a number may be taken now (the hall's hours, the
 * service offered) is the caller's rule.
 */
@Component(service = Numbers.class)
public final class Numbers {

    /** The most numbers of one service in a day. */
    static final int DAILY_MAX = 999;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What a number is taken for.
     *
     * @param accountId     the signed-in visitor, or null
     * @param appointmentId the appointment checked in with it, or null
     * @param priority      1 ahead of walk-ins (an appointment checked in), else 0
     * @param queuedAt      when it joins the queue (now, or the start of a later day's window)
     */
    record Taking(long serviceId, LocalDate day, Ticket.Channel channel, Long accountId, Long appointmentId,
            int priority, Instant queuedAt) {
    }

    private final Hall hall;

    @Activate
    public Numbers(@Reference Hall hall) {
        this.hall = hall;
    }

    /** Stores the next number of the service's day as waiting; refused (409) when the day's numbers are all given. */
    Ticket take(Connection tx, Taking taking, Instant now) throws SQLException {
        HallService service = hall.lockService(tx, taking.serviceId())
                .orElseThrow(() -> new Refusal(404, "ticketing.error.service"));
        int seq = next(tx, service.id(), taking.day());
        if (seq > DAILY_MAX) {
            throw new Refusal(409, "ticketing.error.sold-out", service.nameZh());
        }
        String number = service.prefix() + String.format(Locale.ROOT, "%03d", seq);
        long id;
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TICKETING.TICKET (DAY, SERVICE_ID,"
                + " FIRST_SERVICE_ID, NUMBER, CHANNEL, ACCOUNT_ID, ACCESS_KEY, APPOINTMENT_ID, PRIORITY, STATUS,"
                + " TAKEN_AT, QUEUED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setDate(1, Date.valueOf(taking.day()));
            insert.setLong(2, service.id());
            insert.setLong(3, service.id());
            insert.setString(4, number);
            insert.setString(5, taking.channel().code());
            insert.setObject(6, taking.accountId(), java.sql.Types.BIGINT);
            insert.setString(7, accessKey());
            insert.setObject(8, taking.appointmentId(), java.sql.Types.BIGINT);
            insert.setInt(9, taking.priority());
            UtcColumns.set(insert, 10, now);
            UtcColumns.set(insert, 11, taking.queuedAt());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Ticket ticket = hall.ticket(tx, id).orElseThrow();
        hall.event(tx, ticket, "taken", now, taking.channel().code());
        return ticket;
    }

    /** A secret for a link: 32 random bytes, URL-safe. */
    static String accessKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int next(Connection tx, long serviceId, LocalDate day) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TICKETING.DAY_NUMBER SET LAST_SEQ = LAST_SEQ + 1"
                + " WHERE SERVICE_ID = ? AND DAY = ?")) {
            update.setLong(1, serviceId);
            update.setDate(2, Date.valueOf(day));
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TICKETING.DAY_NUMBER (SERVICE_ID,"
                        + " DAY, LAST_SEQ) VALUES (?, ?, 1)")) {
                    insert.setLong(1, serviceId);
                    insert.setDate(2, Date.valueOf(day));
                    insert.executeUpdate();
                }
                return 1;
            }
        }
        try (PreparedStatement select = tx.prepareStatement("SELECT LAST_SEQ FROM TICKETING.DAY_NUMBER"
                + " WHERE SERVICE_ID = ? AND DAY = ?")) {
            select.setLong(1, serviceId);
            select.setDate(2, Date.valueOf(day));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
