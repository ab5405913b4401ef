package org.onestop.preexam.internal.rules;

import java.util.Arrays;
import java.util.Optional;

import org.onestop.api.cases.Label;

/**
 * The kinds of patent application a request may be for, with the digit a Chinese application number gives each.
 * Inventions and utility models are classified by the IPC and judged against the centre's technical fields; designs
 * (外观设计) by the Locarno classification and judged against the centre's design classes.
 */
public enum PatentType {
    INVENTION("invention", Label.of("发明", "Invention"), 1),
    UTILITY_MODEL("utility-model", Label.of("实用新型", "Utility model"), 2),
    DESIGN("design", Label.of("外观设计", "Design"), 3);

    private final String code;
    private final Label label;
    private final int applicationKind;

    PatentType(String code, Label label, int applicationKind) {
        this.code = code;
        this.label = label;
        this.applicationKind = applicationKind;
    }

    /** The code used in forms, JSON and configuration, e.g. {@code utility-model}. */
    public String code() {
        return code;
    }

    public Label label() {
        return label;
    }

    /** The fifth digit of the patent office's application number for this type (1, 2 or 3). */
    public int applicationKind() {
        return applicationKind;
    }

    /** Whether it is a design, classified by Locarno rather than by the IPC, with no claims. */
    public boolean design() {
        return this == DESIGN;
    }

    public static Optional<PatentType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
