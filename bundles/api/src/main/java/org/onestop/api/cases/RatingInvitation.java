package org.onestop.api.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A case type's declaration that the applicant is invited to rate the service (好差评, "一事一评") once a case closes
 * into one of {@link #statuses()}, scoring {@link #dimensions()} besides the overall level. A {@link CaseType}
 * returns it from {@link CaseType#rating()}; the gateway's ratings capability invites the applicant in the app and
 * by mail in the transaction of the closing move, and keeps the rating, its follow-up and the statistics. The
 * platform checks the declaration against the workflow with {@link #problems(Workflow)} when the type registers.
 *
 * <pre>
 * RatingInvitation.at("refused", "withdrawn", "closed")
 *         .scoring("timeliness", Label.of("及时性", "Timeliness"))
 * </pre>
 *
 * @param statuses   the codes of the closed statuses whose cases invite a rating
 * @param dimensions the aspects scored besides the overall level, in the order asked; may be empty
 */
public record RatingInvitation(Set<String> statuses, List<RatingDimension> dimensions) {

    /** The most dimensions one declaration may ask. */
    public static final int MAX_DIMENSIONS = 8;

    public RatingInvitation {
        statuses = Set.copyOf(new LinkedHashSet<>(statuses));
        dimensions = List.copyOf(dimensions);
    }

    /** An invitation at the closed statuses {@code statuses}, with no dimension. */
    public static RatingInvitation at(String... statuses) {
        return new RatingInvitation(Set.of(statuses), List.of());
    }

    /** This declaration with one more dimension, asked after those before. */
    public RatingInvitation scoring(String code, Label label) {
        return new RatingInvitation(statuses,
                Stream.concat(dimensions.stream(), Stream.of(new RatingDimension(code, label))).toList());
    }

    /** Whether a case that moved into {@code status} invites a rating. */
    public boolean invitesAt(String status) {
        return statuses.contains(status);
    }

    /**
     * What is wrong with this declaration for {@code workflow}, one sentence each (no status, a status the workflow
     * does not declare or that is not closed, a dimension code that breaks the rule or is given twice, more than
     * {@link #MAX_DIMENSIONS} dimensions); empty when it can be used.
     */
    public List<String> problems(Workflow workflow) {
        List<String> problems = new ArrayList<>();
        if (statuses.isEmpty()) {
            problems.add("the rating names no status");
        }
        for (String code : statuses.stream().sorted().toList()) {
            workflow.status(code).ifPresentOrElse(status -> {
                if (!status.closed()) {
                    problems.add("the rating names status " + code + ", which is not closed");
                }
            }, () -> problems.add("the rating names status " + code + ", which the workflow does not declare"));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (RatingDimension dimension : dimensions) {
            if (!RatingDimension.CODE.matcher(dimension.code()).matches()) {
                problems.add("rating dimension code " + dimension.code()
                        + " is not lower case letters, digits and hyphens (at most 32)");
            }
            if (!seen.add(dimension.code())) {
                problems.add("rating dimension " + dimension.code() + " is declared twice");
            }
            if (dimension.label().zh().isBlank() || dimension.label().en().isBlank()) {
                problems.add("rating dimension " + dimension.code() + " needs a label in both languages");
            }
        }
        if (dimensions.size() > MAX_DIMENSIONS) {
            problems.add("a rating asks at most " + MAX_DIMENSIONS + " dimensions");
        }
        return problems;
    }
}
