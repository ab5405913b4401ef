package org.onestop.api.cases;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.onestop.api.identity.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The attachment store. A file is first stored for its uploader (checked by content type and size, named safely,
 * its SHA-256 kept, kept outside anything served) and then attached to a case, when the case is opened
 * ({@link NewCase#attachmentIds()}), moved ({@link Move#attachmentIds()}) or by {@link #attach}. Files are read
 * only by the case's applicant and the staff who may see the case (and, before attaching, by their uploader).
 */
@ProviderType
public interface Attachments {

    /**
     * Stores an uploaded file for {@code uploader}. Refuses ({@link CaseRefusal} with status 415 or 413) a file
     * whose content is not one of {@code accepted} (all of {@link FileType} when empty) or which is larger than
     * the per-file limit.
     */
    Attachment store(UploadedFile file, String purpose, Set<FileType> accepted, Caller uploader)
            throws IOException, SQLException;

    /** Attaches files stored before by {@code actor} to a case, inside the caller's transaction. */
    void attach(Connection transaction, String trackingNumber, List<Long> attachmentIds, Caller actor)
            throws SQLException;

    /** The files of a case, if {@code viewer} may see it. */
    List<Attachment> of(String trackingNumber, Caller viewer) throws SQLException;

    /** The content of a file, if {@code viewer} may read it; the caller closes the stream. */
    InputStream read(long attachmentId, Caller viewer) throws IOException, SQLException;
}
