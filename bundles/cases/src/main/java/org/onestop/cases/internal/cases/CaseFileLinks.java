package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.Attachment;
import org.onestop.api.identity.Caller;

/** What the case engine needs of the attachment store: tying stored files to cases and their timeline. */
public interface CaseFileLinks {

    /**
     * Attaches files held by {@code actor} (or kept with one of the actor's drafts) to a case, with the timeline
     * event they came with; refuses (CaseRefusal) foreign, unknown or attached ids and a case over its size limit.
     */
    void link(Connection transaction, long caseId, long eventId, List<Long> attachmentIds, Caller actor)
            throws SQLException;

    /** Keeps files held by {@code owner} with the owner's draft. */
    void keepWithDraft(Connection transaction, long draftId, List<Long> attachmentIds, Caller owner)
            throws SQLException;

    /** The files of a case by the id of the timeline event they came with. */
    Map<Long, List<Attachment>> byEvent(Connection connection, long caseId) throws SQLException;
}
