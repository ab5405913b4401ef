package org.onestop.preexam.internal.request;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onestop.api.cases.Label;

/**
 * The documents of a pre-examination request, each a PDF: the form field's name is also the attachment's purpose.
 * Drawings are required for utility models and designs only.
 */
public enum DocumentKind {
    REQUEST_FORM("requestForm", Label.of("请求书", "Request form")),
    DESCRIPTION("description", Label.of("说明书", "Description")),
    CLAIMS("claims", Label.of("权利要求书", "Claims")),
    ABSTRACT("abstract", Label.of("说明书摘要", "Abstract")),
    DRAWINGS("drawings", Label.of("说明书附图", "Drawings"));

    private final String field;
    private final Label label;

    DocumentKind(String field, Label label) {
        this.field = field;
        this.label = label;
    }

    /** The form field and attachment purpose, e.g. {@code requestForm}. */
    public String field() {
        return field;
    }

    public Label label() {
        return label;
    }

    /** Whether a request for {@code type} must have this document. */
    public boolean requiredFor(PatentType type) {
        return this != DRAWINGS || type.drawingsRequired();
    }

    /** The documents a request for {@code type} must have, in the order of the form. */
    public static List<DocumentKind> neededFor(PatentType type) {
        return Arrays.stream(values()).filter(d -> d.requiredFor(type)).toList();
    }

    public static Optional<DocumentKind> of(String field) {
        return Arrays.stream(values()).filter(d -> d.field.equals(field)).findFirst();
    }
}
