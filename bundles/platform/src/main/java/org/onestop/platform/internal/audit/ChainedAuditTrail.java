package org.onestop.platform.internal.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.schema.UtcColumns;
import org.onestop.platform.internal.db.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit trail in the table {@code PLATFORM.AUDIT_ENTRY}, each entry chained to the one before it by
 * {@link EntryHash}. A writer first updates the one row of {@code PLATFORM.AUDIT_HEAD}: the row lock, held to the
 * commit, makes concurrent writers (in this gateway or another on the same database) take their turns, and the head
 * keeps the last sequence number and hash, so that a deleted last entry is noticed. Table names carry the schema, so
 * that a module may pass a connection of its own schema. Fields longer than their column are shortened with "…".
 */
@Component(service = AuditTrail.class, immediate = true)
public final class ChainedAuditTrail implements AuditTrail {

    static final int ACTOR_MAX = 200;
    static final int ACTION_MAX = 100;
    static final int TARGET_MAX = 300;
    static final int CLIENT_MAX = 100;
    static final int DETAIL_MAX = 4000;

    private final DataSource database;
    private final Clock clock;

    @Activate
    public ChainedAuditTrail(@Reference(target = Database.PLATFORM) DataSource database) {
        this(database, Clock.systemUTC());
    }

    public ChainedAuditTrail(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Adds {@code entry} in the caller's transaction. A connection in auto-commit mode gets a transaction of its
     * own for the entry, committed at once.
     */
    @Override
    public void record(Connection transaction, AuditEntry entry) throws SQLException {
        AuditEntry clean = clean(entry);
        if (!transaction.getAutoCommit()) {
            append(transaction, clean);
            return;
        }
        transaction.setAutoCommit(false);
        try {
            append(transaction, clean);
            transaction.commit();
        } catch (SQLException | RuntimeException e) {
            transaction.rollback();
            throw e;
        } finally {
            transaction.setAutoCommit(true);
        }
    }

    @Override
    public void record(AuditEntry entry) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            record(connection, entry);
        }
    }

    private void append(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(
                "UPDATE PLATFORM.AUDIT_HEAD SET LAST_SEQ = LAST_SEQ + 1 WHERE ID = 1")) {
            if (take.executeUpdate() != 1) {
                throw new SQLException("The audit trail's head row PLATFORM.AUDIT_HEAD is missing");
            }
        }
        TrailHead head = TrailHead.read(connection);
        long sequence = head.lastSequence();
        String previous = head.lastHash();
        Instant time = UtcColumns.storable(clock.instant());
        String hash = EntryHash.of(sequence, time, entry.actor(), entry.action(), entry.target(),
                entry.clientAddress(), entry.detail(), previous);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLATFORM.AUDIT_ENTRY"
                + " (SEQ, RECORDED_AT, ACTOR, ACTION, TARGET, CLIENT_ADDRESS, DETAIL, PREVIOUS_HASH, ENTRY_HASH)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sequence);
            UtcColumns.set(insert, 2, time);
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            insert.setString(5, entry.target());
            insert.setString(6, entry.clientAddress());
            insert.setString(7, entry.detail());
            insert.setString(8, previous);
            insert.setString(9, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE PLATFORM.AUDIT_HEAD SET LAST_HASH = ? WHERE ID = 1")) {
            advance.setString(1, hash);
            advance.executeUpdate();
        }
    }

    /** The entry as it will be stored: required fields present, every field storable and within its column. */
    static AuditEntry clean(AuditEntry entry) {
        if (entry.actor() == null || entry.actor().isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an actor");
        }
        if (entry.action() == null || entry.action().isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an action");
        }
        return new AuditEntry(fit(entry.actor(), ACTOR_MAX), fit(entry.action(), ACTION_MAX),
                fit(entry.target(), TARGET_MAX), fit(entry.clientAddress(), CLIENT_MAX),
                fit(entry.detail(), DETAIL_MAX));
    }

    /**
     * {@code text} as every database stores it unchanged: no NUL characters, no unpaired surrogates, at most
     * {@code max} UTF-16 units (a longer text ends in "…").
     */
    static String fit(String text, int max) {
        String s = new String(text.replace('\u0000', '\uFFFD').getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
