package org.onestop.preexam.internal;

import static org.onestop.preexam.internal.rules.PatentType.DESIGN;
import static org.onestop.preexam.internal.rules.PatentType.INVENTION;
import static org.onestop.preexam.internal.rules.PatentType.UTILITY_MODEL;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.FileType;
import org.onestop.api.cases.Label;
import org.onestop.preexam.internal.rules.PatentType;

/**
 * The documents of a pre-examination request: the form field's name is also the attachment's purpose. Inventions
 * and utility models bring a description, claims and an abstract (drawings: required for utility models, optional
 * for inventions); designs bring the views of the product (外观设计图片或照片: one file or several, images or PDF)
 * and a brief description (简要说明) instead. Every type brings its request form.
 */
public enum DocumentKind {
    REQUEST_FORM("requestForm", Label.of("请求书", "Request form"), EnumSet.allOf(PatentType.class),
            EnumSet.noneOf(PatentType.class)),
    DESCRIPTION("description", Label.of("说明书", "Description"), EnumSet.of(INVENTION, UTILITY_MODEL),
            EnumSet.noneOf(PatentType.class)),
    CLAIMS("claims", Label.of("权利要求书", "Claims"), EnumSet.of(INVENTION, UTILITY_MODEL),
            EnumSet.noneOf(PatentType.class)),
    ABSTRACT("abstract", Label.of("说明书摘要", "Abstract"), EnumSet.of(INVENTION, UTILITY_MODEL),
            EnumSet.noneOf(PatentType.class)),
    DRAWINGS("drawings", Label.of("说明书附图", "Drawings"), EnumSet.of(UTILITY_MODEL), EnumSet.of(INVENTION)),
    VIEWS("views", Label.of("外观设计图片或照片（视图）", "Views of the design (images or photographs)"),
            EnumSet.of(DESIGN), EnumSet.noneOf(PatentType.class)),
    BRIEF_DESCRIPTION("briefDescription", Label.of("简要说明", "Brief description"), EnumSet.of(DESIGN),
            EnumSet.noneOf(PatentType.class));

    private final String field;
    private final Label label;
    private final Set<PatentType> required;
    private final Set<PatentType> optional;

    DocumentKind(String field, Label label, Set<PatentType> required, Set<PatentType> optional) {
        this.field = field;
        this.label = label;
        this.required = required;
        this.optional = optional;
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
        return required.contains(type);
    }

    /** Whether a request for {@code type} has this document, required or not. */
    public boolean belongsTo(PatentType type) {
        return required.contains(type) || optional.contains(type);
    }

    /** The kinds of file it may be: the views may be images; every other document is a PDF. */
    public Set<FileType> accepted() {
        return this == VIEWS ? EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG) : EnumSet.of(FileType.PDF);
    }

    /** The kinds of file it may be, as the form and its messages name them: PDF, or PDF, PNG or JPEG. */
    public Label formats() {
        return this == VIEWS ? Label.of("PDF、PNG 或 JPEG", "PDF, PNG or JPEG") : Label.of("PDF", "PDF");
    }

    /** Whether one field takes several files (the views: one per view, or one PDF with them all). */
    public boolean several() {
        return this == VIEWS;
    }

    /** The documents of a request for {@code type}, in the order of the form. */
    public static List<DocumentKind> of(PatentType type) {
        return Arrays.stream(values()).filter(d -> d.belongsTo(type)).toList();
    }

    /** The kinds of file each of {@code documents} accepts, by field, in order. */
    public static Map<String, Set<FileType>> accepted(List<DocumentKind> documents) {
        Map<String, Set<FileType>> accepted = new LinkedHashMap<>();
        documents.forEach(d -> accepted.put(d.field(), d.accepted()));
        return accepted;
    }

    public static Optional<DocumentKind> of(String field) {
        return Arrays.stream(values()).filter(d -> d.field.equals(field)).findFirst();
    }
}
