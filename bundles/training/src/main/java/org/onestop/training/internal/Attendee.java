package org.onestop.training.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A person of an organisation whom a member enrols by name: the name, and an email and/or a phone number for the
 * ticket; {@link #problems()} names each field at fault as a message key.
 *
 * @param name  the name as it is printed on the ticket (spaces inside are kept single)
 * @param email an email address, or blank
 * @param phone a phone number, or blank
 */
public record Attendee(String name, String email, String phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 -]{6,19}");

    public Attendee {
        name = Course.trim(name).replaceAll("\\s+", " ");
        email = Course.trim(email);
        phone = Course.trim(phone);
    }

    /** Each field at fault with the message key saying what is wrong; empty when the attendee can be enrolled. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Course.text(problems, "name", name, 100);
        if (email.isEmpty() && phone.isEmpty()) {
            problems.put("email", "training.error.contact");
        }
        if (!email.isEmpty() && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.put("email", "training.error.email");
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.put("phone", "training.error.phone");
        }
        return problems;
    }
}
