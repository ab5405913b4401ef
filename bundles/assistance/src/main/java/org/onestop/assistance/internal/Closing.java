package org.onestop.assistance.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The officer's closing of a case as typed: an {@link Outcome} and the closing summary that the applicant reads.
 *
 * @param outcome the outcome's code
 * @param summary the closing summary
 */
public record Closing(String outcome, String summary) {

    static final int SUMMARY_LENGTH = 4000;

    public Closing {
        outcome = outcome == null ? "" : outcome.strip();
        summary = summary == null ? "" : summary.strip();
    }

    /** Each field at fault with its message key: an outcome from the list and a summary are required. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (Choice.of(Outcome.class, outcome).isEmpty()) {
            problems.put("outcome", "assistance.error.closing.outcome");
        }
        if (summary.isEmpty()) {
            problems.put("summary", "assistance.error.closing.summary");
        } else if (summary.length() > SUMMARY_LENGTH) {
            problems.put("summary", "assistance.error.tooLong");
        }
        return problems;
    }
}
