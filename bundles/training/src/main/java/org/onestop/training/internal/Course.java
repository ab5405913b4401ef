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
 * @param titleEn     the title in English, empty when the trainer gave none (English pages then show the Chinese)
 * @param descriptionEn what it teaches in English, empty when the trainer gave none
 */
public record Course(Long id, String title, String audience, String description, String trainer, String format,
        int creditHours, String status, String titleEn, String descriptionEn) {

    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";
    static final String CANCELLED = "cancelled";

    public Course {
        title = trim(title);
        audience = trim(audience);
        description = trim(description);
        trainer = trim(trainer);
        format = trim(format);
        titleEn = trim(titleEn);
        descriptionEn = trim(descriptionEn);
    }

    /** A course described in Chinese only. */
    public Course(Long id, String title, String audience, String description, String trainer, String format,
            int creditHours, String status) {
        this(id, title, audience, description, trainer, format, creditHours, status, "", "");
    }

    Course stored(long newId, String newStatus) {
        return new Course(newId, title, audience, description, trainer, format, creditHours, newStatus, titleEn,
                descriptionEn);
    }

    /** The title for a reader of {@code language} ({@code en} or a Chinese tag): the English one when there is one. */
    public String titleIn(String language) {
        return "en".equals(language) && !titleEn.isEmpty() ? titleEn : title;
    }

    /** What it teaches, for a reader of {@code language}: in English when the trainer wrote it in English too. */
    public String descriptionIn(String language) {
        return "en".equals(language) && !descriptionEn.isEmpty() ? descriptionEn : description;
    }

    /** Each field at fault with the message key saying what is wrong; empty when the course can be stored. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "title", title, 200);
        if (CourseAudience.of(audience).isEmpty()) {
            problems.put("audience", "training.error.audience");
        }
        text(problems, "description", description, 4000);
        if (titleEn.length() > 200) {
            problems.put("titleEn", "training.error.tooLong");
        }
        if (descriptionEn.length() > 4000) {
            problems.put("descriptionEn", "training.error.tooLong");
        }
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
