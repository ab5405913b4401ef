package org.onestop.platform.internal.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.onestop.api.module.Refusal;

/**
 * Checks what users type into account forms, collecting one message key per field at fault, and throws a
 * {@link Refusal} listing them all at once.
 */
public final class AccountForm {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1[3-9]\\d{9}");
    private final Map<String, String> problems = new LinkedHashMap<>();

    public String email(String field, String value) {
        String email = AccountStore.normalEmail(value);
        if (email.isEmpty()) {
            problems.putIfAbsent(field, "identity.form.required");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.putIfAbsent(field, "identity.form.email");
        }
        return email;
    }

    /** A required text of at most {@code max} characters, trimmed. */
    public String text(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.putIfAbsent(field, "identity.form.required");
        } else if (text.length() > max || text.chars().anyMatch(ch -> ch < 0x20)) {
            problems.putIfAbsent(field, "identity.form.tooLong");
        }
        return text;
    }

    /** An optional text of at most {@code max} characters; null when empty. */
    public String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        return text(field, text, max);
    }

    /** An optional mainland mobile number, stored without spaces or dashes; null when empty. */
    public String mobile(String field, String value) {
        String mobile = value == null ? "" : value.replaceAll("[\\s-]", "");
        if (mobile.isEmpty()) {
            return null;
        }
        if (!MOBILE.matcher(mobile).matches()) {
            problems.putIfAbsent(field, "identity.form.mobile");
        }
        return mobile;
    }

    public String password(String field, String value, String email) {
        PasswordPolicy.problem(value, email).ifPresent(key -> problems.putIfAbsent(field, key));
        return value;
    }

    public String creditCode(String field, String value) {
        String code = SocialCreditCode.normalise(value);
        if (code.isEmpty()) {
            problems.putIfAbsent(field, "identity.form.required");
        } else {
            SocialCreditCode.problem(code).ifPresent(p -> problems.putIfAbsent(field, "identity.creditCode." + p));
        }
        return code;
    }

    /** Records a problem found otherwise. */
    public void problem(String field, String key) {
        problems.putIfAbsent(field, key);
    }

    /** Throws the collected problems, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid("identity.form.invalid", problems);
        }
    }
}
