package org.onestop.preexam.internal;

import java.util.stream.Collectors;

import org.onestop.api.cases.FileType;
import org.onestop.api.i18n.Language;

/**
 * A document of a form in the reader's language, as the pages offer it.
 *
 * @param field    the form field (and attachment purpose)
 * @param label    what the document is called
 * @param formats  the kinds of file, as the reader reads them (PDF; PDF, PNG or JPEG)
 * @param accept   the file input's {@code accept} list
 * @param several  whether the field takes several files
 * @param required whether the form needs it
 */
public record DocumentChoice(String field, String label, String formats, String accept, boolean several,
        boolean required) {

    /** The document {@code kind}, required or not, for a reader of {@code language}. */
    public static DocumentChoice of(DocumentKind kind, boolean required, Language language) {
        String accept = kind.accepted().stream().map(t -> "." + t.extension() + "," + t.mediaType()
                + (t == FileType.JPEG ? ",.jpeg" : "")).collect(Collectors.joining(","));
        return new DocumentChoice(kind.field(), kind.label().in(language), kind.formats().in(language), accept,
                kind.several(), required);
    }
}
