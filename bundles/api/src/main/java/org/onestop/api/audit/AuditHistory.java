package org.onestop.api.audit;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.onestop.api.i18n.Language;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The audit trail's entries about one thing (a target such as {@code config:org.onestop.platform.mail}), newest
 * first, in the reader's words, as the operators' audit page shows them: for a page that shows the history of what
 * it edits.
 */
@ProviderType
public interface AuditHistory {

    /** One entry in words: when, who, what, and the detail. */
    record Line(Instant time, String actor, String action, String detail) {
    }

    /** The newest {@code max} entries whose target is {@code target}, in {@code language}. */
    List<Line> about(String target, int max, Language language) throws SQLException;
}
