package org.onestop.training.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A course as a trainer describes it; {@link #problems()} names each field at fault as a message key.
 *
 * @param id          its number, null before it is stored
 * @param title       the title
 * @param audience    a {@link CourseAudience} code
 * @param description what it teaches
 * @param trainer     the trainer's name as attendees read it
 * @param format      a {@link CourseFormat} code
 * @param creditHours credit hours (学时) an attendee earns, 1 to 200
 * @param status      draft, published or cancelled (null before it is stored)
 */
public record Course(Long id, String title, String audience, String description, String trainer, String format,
        int creditHours, String status) {

    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";
    static final String CANCELLED = "cancelled";

    public Course {
        title = trim(title);
        audience = trim(audience);
        description = trim(description);
        trainer = trim(trainer);
        format = trim(format);
    }

    Course stored(long newId, String newStatus) {
        return new Course(newId, title, audience, description, trainer, format, creditHours, newStatus);
    }

    /** Each field at fault with the message key saying what is wrong; empty when the course can be stored. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "title", title, 200);
        if (CourseAudience.of(audience).isEmpty()) {
            problems.put("audience", "training.error.audience");
        }
        text(problems, "description", description, 4000);
        text(problems, "trainer", trainer, 100);
        if (CourseFormat.of(format).isEmpty()) {
            problems.put("format", "training.error.format");
        }
        if (creditHours < 1 || creditHours > 200) {
            problems.put("creditHours", "training.error.creditHours");
        }
        return problems;
    }

    static void text(Map<String, String> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.put(field, "training.error.missing");
        } else if (value.length() > max) {
            problems.put(field, "training.error.tooLong");
        }
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
