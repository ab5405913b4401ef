package org.onestop.assistance.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.module.Refusal;

/**
 * The expert's conflict-of-interest declaration that every assignment records, and the rule it sets: a declared
 * conflict blocks the assignment (409) unless a supervisor overrides it with a reason; an override given by anyone
 * else is refused (403).
 *
 * @param conflict       {@code none}, or {@code declared} with its text
 * @param text           what the expert declared
 * @param overrideReason the supervisor's reason to assign the expert all the same, or empty
 */
public record ConflictDeclaration(String conflict, String text, String overrideReason) {

    public static final String NONE = "none";
    public static final String DECLARED = "declared";
    static final int TEXT_LENGTH = 1000;

    public ConflictDeclaration {
        conflict = conflict == null ? "" : conflict.strip();
        text = text == null ? "" : text.strip();
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
    }

    public boolean declared() {
        return DECLARED.equals(conflict);
    }

    /** Each field at fault with its message key: the declaration is required, and a declared conflict's text. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!NONE.equals(conflict) && !DECLARED.equals(conflict)) {
            problems.put("conflict", "assistance.error.conflict.missing");
        } else if (declared() && text.isEmpty()) {
            problems.put("conflictText", "assistance.error.conflict.text");
        }
        if (text.length() > TEXT_LENGTH) {
            problems.put("conflictText", "assistance.error.tooLong");
        }
        if (overrideReason.length() > TEXT_LENGTH) {
            problems.put("overrideReason", "assistance.error.tooLong");
        }
        return problems;
    }

    /** Why the assignment may not be made by this caller, if it may not (the declaration being valid). */
    public Optional<Refusal> blocks(boolean supervisor) {
        if (!declared()) {
            return Optional.empty();
        }
        if (overrideReason.isEmpty()) {
            return Optional.of(new Refusal(409, "assistance.refused.conflict", Map.of(), text));
        }
        return supervisor ? Optional.empty()
                : Optional.of(new Refusal(403, "assistance.refused.overrideBySupervisor", Map.of()));
    }
}
