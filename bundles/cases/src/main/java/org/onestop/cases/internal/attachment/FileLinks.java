package org.onestop.cases.internal.attachment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.identity.Caller;

/**
 * Where stored files go after they were held: attached to a case, or kept with a draft, in the caller's
 * transaction.
 */
final class FileLinks {

    private FileLinks() {
    }

    /**
     * Attaches files to a case with the timeline event they came with, in the caller's transaction. Each file must
     * be held by {@code actor} (or kept with a draft of theirs) and not attached yet, and the case's files must stay
     * within the per-case limit; otherwise the whole call is refused (409, 413) and the caller rolls back.
     */
    static void link(Connection tx, long maxCaseBytes, long caseId, long eventId, List<Long> ids, Caller actor)
            throws SQLException {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        long adding = 0;
        for (long id : distinct) {
            adding += held(tx, id, actor);
        }
        try (PreparedStatement sum = tx.prepareStatement(
                "SELECT COALESCE(SUM(SIZE_BYTES), 0) FROM CASES.CASE_ATTACHMENT WHERE CASE_ID = ?")) {
            sum.setLong(1, caseId);
            try (ResultSet rows = sum.executeQuery()) {
                rows.next();
                if (rows.getLong(1) + adding > maxCaseBytes) {
                    throw new CaseRefusal(413, "attachment.error.caseFull",
                            AttachmentRules.megabytes(maxCaseBytes));
                }
            }
        }
        try (PreparedStatement update = tx.prepareStatement("UPDATE CASES.CASE_ATTACHMENT SET CASE_ID = ?,"
                + " EVENT_ID = ?, DRAFT_ID = NULL WHERE ID = ? AND CASE_ID IS NULL")) {
            for (long id : distinct) {
                update.setLong(1, caseId);
                update.setLong(2, eventId);
                update.setLong(3, id);
                if (update.executeUpdate() != 1) {
                    throw CaseRefusal.conflict("attachment.error.attached", id);
                }
            }
        }
    }

    /**
     * Keeps files with a draft of {@code actor}, in the caller's transaction: exactly {@code ids} are kept with it
     * afterwards (files it kept before and not listed are held again, swept after the held time).
     */
    static void keepWithDraft(Connection tx, long draftId, List<Long> ids, Caller actor) throws SQLException {
        try (PreparedStatement owner = tx.prepareStatement("SELECT ACCOUNT_ID FROM CASES.CASE_DRAFT WHERE ID = ?")) {
            owner.setLong(1, draftId);
            try (ResultSet rows = owner.executeQuery()) {
                if (!rows.next() || rows.getLong(1) != actor.accountId()) {
                    throw CaseRefusal.conflict("attachment.error.draft", draftId);
                }
            }
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        for (long id : distinct) {
            held(tx, id, actor);
        }
        try (PreparedStatement release = tx.prepareStatement("UPDATE CASES.CASE_ATTACHMENT SET DRAFT_ID = NULL"
                + " WHERE DRAFT_ID = ? AND CASE_ID IS NULL");
                PreparedStatement keep = tx.prepareStatement("UPDATE CASES.CASE_ATTACHMENT SET DRAFT_ID = ?"
                        + " WHERE ID = ? AND CASE_ID IS NULL")) {
            release.setLong(1, draftId);
            release.executeUpdate();
            for (long id : distinct) {
                keep.setLong(1, draftId);
                keep.setLong(2, id);
                keep.executeUpdate();
            }
        }
    }

    /**
     * The size of file {@code id} if it is held by {@code actor} or kept with a draft of theirs; refuses (409) a
     * file that does not exist or is someone else's alike, so as not to tell them apart, and one already attached.
     */
    private static long held(Connection tx, long id, Caller actor) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT A.CASE_ID, A.UPLOADER_ID, D.ACCOUNT_ID,"
                + " A.SIZE_BYTES FROM CASES.CASE_ATTACHMENT A LEFT JOIN CASES.CASE_DRAFT D"
                + " ON D.ID = A.DRAFT_ID WHERE A.ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                boolean mine = rows.next() && actor.signedIn() && (rows.getLong(2) == actor.accountId()
                        || rows.getLong(3) == actor.accountId());
                if (!mine) {
                    throw CaseRefusal.conflict("attachment.error.unknown", id);
                }
                rows.getLong(1);
                if (!rows.wasNull()) {
                    throw CaseRefusal.conflict("attachment.error.attached", id);
                }
                return rows.getLong(4);
            }
        }
    }
}
