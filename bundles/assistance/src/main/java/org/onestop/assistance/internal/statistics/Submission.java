package org.onestop.assistance.internal.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * One application as the statistics count it, its days those of the centre's calendar.
 *
 * @param status       its status today
 * @param businessType the business type's code
 * @param rightType    the right type's code
 * @param assistance   the codes of the assistance asked for
 * @param venue        the venue's code
 * @param region       the region named (for venue {@code region}), as written
 * @param submittedOn  the day it was submitted
 * @param decidedOn    the day it was accepted or refused, or null
 * @param closedOn     the day it closed, or null (still open, or closed before the day was kept)
 * @param outcome      the outcome chosen when a handled case was closed ({@code Outcome}'s code), or null
 */
record Submission(String status, String businessType, String rightType, List<String> assistance, String venue,
        String region, LocalDate submittedOn, LocalDate decidedOn, LocalDate closedOn, String outcome) {

    Submission {
        assistance = List.copyOf(assistance);
        region = region == null ? "" : region.strip();
    }
}
