package org.onestop.preexam.internal.request;

import java.io.IOException;
import java.sql.SQLException;

import org.onestop.api.identity.Caller;

/**
 * The qualification notices of qualified requests, as the request pages offer them for download. The notice is
 * drawn from the request, so its maker depends on the requests; the pages ask through this interface.
 */
public interface QualificationNotices {

    /** The notice of request {@code number}: 404 when {@code viewer} may not see it, 409 before qualification. */
    Issued notice(String number, Caller viewer) throws SQLException, IOException;

    /**
     * A notice ready to send.
     *
     * @param fileName what the download is called
     * @param pdf      the document
     */
    record Issued(String fileName, byte[] pdf) {
    }
}
