package org.onestop.platform.internal.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.onestop.api.schema.SqlFailures;
import org.onestop.api.schema.UtcColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leases of the tasks that run on one gateway node at a time, as this node (named {@code node}) holds them in the
 * platform's table {@code TASK_LEASE}: a lease lasts one {@code term} from its last renewal; the holder renews it more
 * often than that, and once it has run out any node may take it. Every change is one conditional statement on the
 * row as it was read, so that of two nodes reaching for one lease at once exactly one gets it. This node counts a
 * lease as its own only until a margin before the term it wrote ends, so that its clock and another node's may differ
 * by some seconds without both running the task.
 */
final class TaskLeases {

    /** What {@link #claim} found. */
    enum Claim {
        /** The lease was free (never taken) and is now this node's. */
        TAKEN,
        /** The lease was this node's and is renewed. */
        RENEWED,
        /** The lease was another node's, ran out, and is now this node's. */
        TAKEN_OVER,
        /** Another node holds the lease. */
        ELSEWHERE
    }

    private static final Logger LOG = LoggerFactory.getLogger(TaskLeases.class);

    private final DataSource database;
    private final String node;
    private final Duration term;
    private final Clock clock;
    /** Until when (by this node's clock) each lease this node holds counts as its own. */
    private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();

    TaskLeases(DataSource database, String node, Duration term, Clock clock) {
        this.database = database;
        this.node = node;
        this.term = term;
        this.clock = clock;
    }

    String node() {
        return node;
    }

    /** Whether this node holds {@code task}'s lease now (as far as its last claim knows). */
    boolean holds(String task) {
        Instant until = heldUntil.get(task);
        return until != null && clock.instant().isBefore(until);
    }

    /** Takes or renews {@code task}'s lease if it is free, this node's, or run out. */
    Claim claim(String task) throws SQLException {
        Instant now = clock.instant();
        Instant ends = now.plus(term);
        Claim claim;
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(true);
            claim = claim(c, task, now, ends);
        }
        if (claim == Claim.ELSEWHERE) {
            heldUntil.remove(task);
        } else {
            heldUntil.put(task, ends.minus(term.dividedBy(6)));
        }
        return claim;
    }

    private Claim claim(Connection c, String task, Instant now, Instant ends) throws SQLException {
        String holder;
        Instant expires;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT HOLDER, EXPIRES_AT FROM TASK_LEASE WHERE TASK = ?")) {
            select.setString(1, task);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return insert(c, task, now, ends);
                }
                holder = rows.getString(1);
                expires = UtcColumns.get(rows, 2);
            }
        }
        if (holder.equals(node)) {
            return update(c, "UPDATE TASK_LEASE SET EXPIRES_AT = ? WHERE TASK = ? AND HOLDER = ?", ends, task, node)
                    ? Claim.RENEWED : Claim.ELSEWHERE;
        }
        if (!expires.isBefore(now)) {
            return Claim.ELSEWHERE;
        }
        try (PreparedStatement take = c.prepareStatement("UPDATE TASK_LEASE SET HOLDER = ?, TAKEN_AT = ?,"
                + " EXPIRES_AT = ? WHERE TASK = ? AND HOLDER = ? AND EXPIRES_AT = ?")) {
            take.setString(1, node);
            UtcColumns.set(take, 2, now);
            UtcColumns.set(take, 3, ends);
            take.setString(4, task);
            take.setString(5, holder);
            UtcColumns.set(take, 6, expires);
            if (take.executeUpdate() != 1) {
                return Claim.ELSEWHERE;
            }
        }
        LOG.info("Node {} took over task {} from node {}, whose lease ran out at {}", node, task, holder, expires);
        return Claim.TAKEN_OVER;
    }

    private Claim insert(Connection c, String task, Instant now, Instant ends) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO TASK_LEASE (TASK, HOLDER, TAKEN_AT, EXPIRES_AT) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, task);
            insert.setString(2, node);
            UtcColumns.set(insert, 3, now);
            UtcColumns.set(insert, 4, ends);
            insert.executeUpdate();
            return Claim.TAKEN;
        } catch (SQLException e) {
            if (SqlFailures.duplicateKey(e)) {
                return Claim.ELSEWHERE;
            }
            throw e;
        }
    }

    /** Gives up {@code task}'s lease if this node holds it, so that another node takes it at its next claim. */
    void release(String task) throws SQLException {
        heldUntil.remove(task);
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(true);
            update(c, "UPDATE TASK_LEASE SET EXPIRES_AT = ? WHERE TASK = ? AND HOLDER = ?",
                    clock.instant().minusMillis(1), task, node);
        }
    }

    private static boolean update(Connection c, String sql, Instant expires, String task, String holder)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            UtcColumns.set(update, 1, expires);
            update.setString(2, task);
            update.setString(3, holder);
            return update.executeUpdate() == 1;
        }
    }
}
