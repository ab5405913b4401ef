package org.onestop.api.cases;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One aspect of a service that an applicant scores when rating a case (好差评), besides the overall level: for
 * instance timeliness (及时性) or professionalism (专业性). Scored on the same five levels as the whole.
 *
 * @param code  lower case letters, digits and hyphens, starting with a letter, at most 32 characters, unique within
 *              the declaration, e.g. {@code timeliness}
 * @param label what the applicant reads, e.g. "及时性" / "Timeliness"
 */
public record RatingDimension(String code, Label label) {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public RatingDimension {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
