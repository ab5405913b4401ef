package org.onestop.platform.internal.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure is the disk (or a quota, or a file-size limit) being full: an {@link IOException} of the
 * system's "No space left on device" (ENOSPC), "Disk quota exceeded" (EDQUOT) or "File too large" (EFBIG), or one of
 * Derby's states for a page or log that could not be written ({@code XSDG1}, {@code XSLA4}, {@code XSLAJ},
 * {@code XSDF4}) or a full heap of temporary files, or PostgreSQL's {@code 53100} (disk full), anywhere in the chain of
 * causes. Derby rolls back what it could
 * not write; a stored file is written before its row and deleted again when the row is not committed: so nothing of
 * such a request is kept, and it may be sent again once there is room.
 */
final class FullStorage {

    private static final Set<String> FULL_STATES = Set.of("XSDG1", "XSLA4", "XSLAJ", "XSDF4", "53100");
    private static final Set<String> SYSTEM_MESSAGES = Set.of("No space left on device", "Disk quota exceeded",
            "File too large");

    private FullStorage() {
    }

    static boolean causes(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && FULL_STATES.contains(next.getSQLState())
                            || said(next.getMessage())) {
                        return true;
                    }
                }
            }
            if ((cause instanceof IOException || cause instanceof SQLException) && said(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean said(String message) {
        return message != null && SYSTEM_MESSAGES.stream().anyMatch(message::contains);
    }
}
