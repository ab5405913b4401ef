package org.onestop.cases.internal.attachment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.UtcColumns;

/**
 * How much one account may upload, counted in the database (so every node of the gateway counts alike): at most
 * {@link AttachmentRules#perHour()} files in any hour (429 with the wait), and files held (stored but not attached
 * to a case, also those kept with a draft) of at most {@link AttachmentRules#maxHeldBytes()} in all (413). Checked in
 * the transaction that stores the files.
 */
final class UploadAllowance {

    static final Duration HOUR = Duration.ofHours(1);

    private UploadAllowance() {
    }

    /**
     * Refuses {@code files} more files of {@code bytes} in all from {@code uploader} at {@code now} if they would pass
     * the hourly number, or, when they are to be {@code held}, the held total.
     */
    static void check(Connection tx, AttachmentRules rules, Caller uploader, int files, long bytes, boolean held,
            Instant now) throws SQLException {
        Instant since = now.minus(HOUR);
        int recent = recent(tx, uploader.accountId(), since);
        if (recent + files > rules.perHour()) {
            Duration wait = wait(tx, uploader.accountId(), since, recent + files - rules.perHour(), now);
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw Refusal.tooSoon(wait, "attachment.error.tooMany", rules.perHour(), minutes);
        }
        if (!held) {
            return;
        }
        long holding = holding(tx, uploader.accountId());
        if (holding + bytes > rules.maxHeldBytes()) {
            throw new CaseRefusal(413, "attachment.error.heldFull", AttachmentRules.megabytes(rules.maxHeldBytes()),
                    Math.max(1, (holding + AttachmentRules.MB - 1) / AttachmentRules.MB), rules.heldFor().toDays());
        }
    }

    private static int recent(Connection tx, long account, Instant since) throws SQLException {
        try (PreparedStatement count = tx.prepareStatement("SELECT COUNT(*) FROM CASES.CASE_ATTACHMENT"
                + " WHERE UPLOADER_ID = ? AND UPLOADED_AT > ?")) {
            count.setLong(1, account);
            UtcColumns.set(count, 2, since);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** How long until {@code over} of the uploads since {@code since} are an hour old; an hour if there are fewer. */
    private static Duration wait(Connection tx, long account, Instant since, int over, Instant now)
            throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT UPLOADED_AT FROM CASES.CASE_ATTACHMENT"
                + " WHERE UPLOADER_ID = ? AND UPLOADED_AT > ? ORDER BY UPLOADED_AT"
                + " OFFSET ? ROWS FETCH FIRST 1 ROW ONLY")) {
            select.setLong(1, account);
            UtcColumns.set(select, 2, since);
            select.setInt(3, over - 1);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return HOUR;
                }
                Duration wait = Duration.between(now, UtcColumns.get(rows, 1).plus(HOUR));
                return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
            }
        }
    }

    private static long holding(Connection tx, long account) throws SQLException {
        try (PreparedStatement sum = tx.prepareStatement("SELECT COALESCE(SUM(SIZE_BYTES), 0)"
                + " FROM CASES.CASE_ATTACHMENT WHERE UPLOADER_ID = ? AND CASE_ID IS NULL")) {
            sum.setLong(1, account);
            try (ResultSet rows = sum.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
