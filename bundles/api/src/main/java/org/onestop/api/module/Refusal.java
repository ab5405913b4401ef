package org.onestop.api.module;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * A request a module cannot do, with the reason as a message key (of the platform's or the module's catalogue) and
 * its arguments. Thrown from a resource (or anything it calls), the gateway answers it with HTTP {@link #status()}
 * (a client error, 4xx) and the reason in the reader's language: a problem document for {@code /api/} and JSON
 * callers, the shell's error page for browsers; nothing is changed. A refusal of form input may name each field at
 * fault ({@link #fields()}), which JSON clients receive as the problem document's {@code errors}; a refusal for
 * too many attempts says when to come back ({@link #retryAfter()}, sent as {@code Retry-After}). An argument that
 * is a {@link Term} is itself put in the reader's language.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] arguments;
    private final transient Map<String, String> fields;
    private final Duration retryAfter;

    /** A refusal with HTTP {@code status} (400 to 499) for the reason {@code key}. */
    public Refusal(int status, String key, Object... arguments) {
        this(status, key, Map.of(), arguments);
    }

    /**
     * A refusal of form input: {@code fields} maps each field at fault to what is wrong with it, as a message key
     * or as a message already in the reader's language.
     */
    public Refusal(int status, String key, Map<String, String> fields, Object... arguments) {
        this(status, key, fields, null, arguments);
    }

    private Refusal(int status, String key, Map<String, String> fields, Duration retryAfter, Object... arguments) {
        super(key + Arrays.toString(arguments), null, false, false);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("A refusal is a client error (4xx), not " + status);
        }
        this.status = status;
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = arguments.clone();
        this.fields = Map.copyOf(fields);
        this.retryAfter = retryAfter;
    }

    /** Input that cannot be used (HTTP 400). */
    public static Refusal badRequest(String key, Object... arguments) {
        return new Refusal(400, key, arguments);
    }

    /** Form input with errors (HTTP 422): for each field at fault, what is wrong with it. */
    public static Refusal invalid(String key, Map<String, String> fields, Object... arguments) {
        return new Refusal(422, key, fields, arguments);
    }

    /**
     * Too many attempts (HTTP 429): come back after {@code wait} (said by {@code Retry-After} in whole seconds, at
     * least one); without arguments, the message's argument is that wait in seconds.
     */
    public static Refusal tooSoon(Duration wait, String key, Object... arguments) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new Refusal(429, key, Map.of(), Duration.ofSeconds(seconds),
                arguments.length == 0 ? new Object[] {seconds} : arguments);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Each field at fault with what is wrong with it; empty when the refusal is not about form input. */
    public Map<String, String> fields() {
        return fields;
    }

    /** For too many attempts: when to try again; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The reason in {@code language}. */
    public String text(Messages messages, Language language) {
        return text(messages, language, key, Arrays.asList(arguments));
    }

    /** The message {@code key} in {@code language}, each {@link Term} among the arguments put in that language too. */
    public static String text(Messages messages, Language language, String key, List<?> arguments) {
        return messages.text(language, key, arguments.stream()
                .map(a -> a instanceof Term t ? messages.text(language, t.key()) : a).toArray());
    }

    /** An argument that is itself a message key (a field's name, say): it is put in the reader's language. */
    public record Term(String key) {

        public Term {
            Objects.requireNonNull(key, "key");
        }
    }
}
