package org.onestop.cnipa.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clerk's answer to a submission of a visit's materials: complete (bring the originals), or the whole list of what
 * is missing or wrong, in one answer. The first round may list anything; a later round may only raise what the first
 * could not see, so each of its items is marked new and says why.
 *
 * @param complete whether the materials are complete
 * @param problems the list (empty lines dropped), empty when complete
 */
public record VisitAnswer(boolean complete, List<VisitProblem> problems) {

    static final int TEXT_LENGTH = 500;

    public VisitAnswer {
        problems = problems == null ? List.of()
                : problems.stream().filter(p -> p != null && !p.text().isEmpty()).toList();
    }

    /** What stops the answer on round {@code round}: field and message key, empty when none. */
    Map<String, String> problems(int round) {
        Map<String, String> found = new LinkedHashMap<>();
        if (complete && !problems.isEmpty()) {
            found.put("problems", "cnipa.visit.error.completeWithProblems");
        } else if (!complete && problems.isEmpty()) {
            found.put("problems", "cnipa.visit.error.noProblems");
        }
        for (int i = 0; i < problems.size(); i++) {
            VisitProblem p = problems.get(i);
            if (p.text().length() > TEXT_LENGTH || p.reason().length() > TEXT_LENGTH) {
                found.putIfAbsent("problems", "cnipa.visit.error.tooLong");
            } else if (round > 1 && (!p.newFinding() || p.reason().isEmpty())) {
                found.putIfAbsent("problems", "cnipa.visit.error.laterRound");
            }
        }
        return found;
    }
}
