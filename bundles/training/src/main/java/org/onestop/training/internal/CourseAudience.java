package org.onestop.training.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whom a course is for: enterprises, school teachers, examiners or the public. */
enum CourseAudience {
    ENTERPRISES, SCHOOLS, EXAMINERS, PUBLIC;

    /** The code in JSON, forms and the table, e.g. {@code schools}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CourseAudience> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
