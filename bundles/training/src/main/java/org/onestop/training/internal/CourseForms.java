package org.onestop.training.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Refusal;

/**
 * The trainers' forms as typed: a course and a session read from form fields (a number that is not one is read as
 * out of range, so that its field is named at fault), the form's values to show again, and a refusal's field
 * problems in the reader's language.
 */
final class CourseForms {

    /** A session's form fields, in the order of the page. */
    static final List<String> SESSION_FIELDS = List.of("date", "start", "end", "place", "capacity", "enrolOpens",
            "enrolCloses", "orgLimit");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private CourseForms() {
    }

    static Course course(String title, String audience, String description, String trainer, String format,
            String creditHours, String titleEn, String descriptionEn) {
        Integer hours = number(creditHours);
        return new Course(null, title, audience, description, trainer, format, hours == null ? 0 : hours, null,
                titleEn, descriptionEn);
    }

    static SessionPlan plan(String date, String start, String end, String place, String capacity, String enrolOpens,
            String enrolCloses, String orgLimit) {
        Integer limit = Course.trim(orgLimit).isEmpty() ? Integer.valueOf(0) : number(orgLimit);
        return new SessionPlan(date, start, end, place, number(capacity), enrolOpens, enrolCloses,
                limit == null ? -1 : limit);
    }

    /** The form's values of a session as typed (strings), by field. */
    static Map<String, String> typed(String date, String start, String end, String place, String capacity,
            String enrolOpens, String enrolCloses, String orgLimit) {
        // a field left out of the form is null: Stream.of takes it, List.of would not
        List<String> values = Stream.of(date, start, end, place, capacity, enrolOpens, enrolCloses, orgLimit)
                .map(Course::trim).toList();
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < SESSION_FIELDS.size(); i++) {
            form.put(SESSION_FIELDS.get(i), values.get(i));
        }
        return form;
    }

    /** The form's values of a stored session, as the trainer typed them (in the centre's zone). */
    static Map<String, String> typed(TrainingSession s, ZoneId zone) {
        ZonedDateTime starts = s.startsAt().atZone(zone);
        ZonedDateTime closes = s.enrolCloses().atZone(zone);
        return typed(starts.toLocalDate().toString(), starts.toLocalTime().format(MINUTES), s.endsAt().atZone(zone)
                .toLocalTime().format(MINUTES), s.place(), Integer.toString(s.capacity()), s.enrolOpens().atZone(zone)
                .toLocalDate().toString(), s.enrolCloses().equals(s.startsAt()) ? "" : closes.toLocalDate()
                .minusDays(1).toString(), Integer.toString(s.orgLimit()));
    }

    /** An empty session form. */
    static Map<String, String> blankSession() {
        return typed("", "09:00", "11:30", "", "", "", "", "0");
    }

    /** Each field's problem in the reader's words. */
    static Map<String, String> errors(Refusal refusal, Messages messages, Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        refusal.fields().forEach((field, key) -> texts.put(field, messages.text(language, key)));
        return texts;
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(Course.trim(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
