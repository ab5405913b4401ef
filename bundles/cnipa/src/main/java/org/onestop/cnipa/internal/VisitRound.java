package org.onestop.cnipa.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One submission of a visit's materials and the clerk's answer to it.
 *
 * @param round       1 for the first submission, 2 after the first corrected upload…
 * @param submittedOn the centre's day it came
 * @param answeredOn  the centre's day the clerk answered, or null while unanswered
 * @param complete    whether the answer was "complete", or null while unanswered
 * @param problems    the answer's list of what is missing or wrong
 */
public record VisitRound(int round, LocalDate submittedOn, LocalDate answeredOn, Boolean complete,
        List<VisitProblem> problems) {
}
