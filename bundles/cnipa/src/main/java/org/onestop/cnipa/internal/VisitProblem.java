package org.onestop.cnipa.internal;

/**
 * One item of a clerk's list of what is missing or wrong in a visit's materials (一次性告知).
 *
 * @param text   what is missing or wrong
 * @param newFinding  on a later round: marked as new, something the first answer could not see
 * @param reason on a later round: why the first answer could not see it
 */
public record VisitProblem(String text, boolean newFinding, String reason) {

    public VisitProblem {
        text = text == null ? "" : text.strip();
        reason = reason == null ? "" : reason.strip();
    }
}
