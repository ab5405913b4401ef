package org.onestop.api.ratings;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingDimension;
import org.onestop.api.cases.RatingInvitation;

/**
 * What a person is invited to rate when it is not a case: a training session attended, a visit at the counter.
 *
 * @param module     the inviting module's name, e.g. {@code training}; its {@code <module>.module.title} names the
 *                   service in the statistics
 * @param reference  the subject's stable reference, unique within the module, e.g. {@code enrolment:42}: letters,
 *                   digits and {@code . : _ -}, at most 100 characters. The same reference is invited once.
 * @param title      what the person reads, e.g. the course and the session's day, at most 200 characters each
 * @param accountId  the person invited (an account)
 * @param staffId    the staff member who served, or null
 * @param staffName  that person's name, or null
 * @param dimensions the aspects scored besides the overall level, in order (at most
 *                   {@link RatingInvitation#MAX_DIMENSIONS}, codes unique)
 */
public record RatingSubject(String module, String reference, Label title, long accountId, Long staffId,
        String staffName, List<RatingDimension> dimensions) {

    /** The longest reference. */
    public static final int REFERENCE_MAX = 100;

    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9.:_-]{1," + REFERENCE_MAX + "}");

    public RatingSubject {
        Objects.requireNonNull(title, "title");
        if (module == null || !MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("a module name of lower case letters, digits and hyphens: " + module);
        }
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("a reference of at most " + REFERENCE_MAX
                    + " letters, digits and . : _ -: " + reference);
        }
        if (title.zh().isBlank() || title.zh().length() > 200 || title.en().isBlank() || title.en().length() > 200) {
            throw new IllegalArgumentException("a title of 1 to 200 characters in each language");
        }
        dimensions = List.copyOf(dimensions);
        if (dimensions.size() > RatingInvitation.MAX_DIMENSIONS
                || dimensions.stream().map(RatingDimension::code).distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("at most " + RatingInvitation.MAX_DIMENSIONS
                    + " dimensions with distinct codes");
        }
    }

    /** A subject served by nobody in particular. */
    public static RatingSubject of(String module, String reference, Label title, long accountId,
            List<RatingDimension> dimensions) {
        return new RatingSubject(module, reference, title, accountId, null, null, dimensions);
    }

    /** This subject, served by the staff member {@code id} named {@code name}. */
    public RatingSubject servedBy(long id, String name) {
        return new RatingSubject(module, reference, title, accountId, id, name, dimensions);
    }
}
