package org.onestop.training.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a course is given: online, on site, or both. */
enum CourseFormat {
    ONLINE, ON_SITE, BOTH;

    /** The code in JSON, forms and the table, e.g. {@code on-site}. */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<CourseFormat> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
