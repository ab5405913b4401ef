package org.onestop.api.print;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Prints a {@link PrintedDocument} as a PDF of A4 pages: the text in a Chinese font embedded as a subset, lines
 * broken as Chinese typesetting breaks them (see {@link Phrase}), the largest body size from 14 pt down to 9 pt at
 * which the whole document fits on one page, and further pages only for a document too long even then, so nothing
 * is cut off. White space and control characters become a space, invisible format characters go, a character the
 * font lacks is printed as □. An implementation serves any number of threads.
 */
@ProviderType
public interface Printer {

    /** The PDF of {@code document}. */
    byte[] pdf(PrintedDocument document) throws IOException;
}
