package org.onestop.platform.internal.identity;

import java.time.Duration;
import java.util.Map;

/**
 * An identity request that cannot be done, with the message key that tells the user why (and its arguments).
 * Pages show the message next to the form; the API answers a problem document with {@link #status()}.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String key;
    private final transient Object[] arguments;
    private final Duration retryAfter;
    private final Map<String, String> fields;

    public Refusal(int status, String key, Object... arguments) {
        this(status, (Duration) null, Map.of(), key, arguments);
    }

    private Refusal(int status, Duration retryAfter, Map<String, String> fields, String key, Object... arguments) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = arguments.clone();
        this.retryAfter = retryAfter;
        this.fields = Map.copyOf(fields);
    }

    /** Form input with errors: for each field at fault, the message key saying what is wrong (422). */
    public static Refusal invalid(Map<String, String> fields) {
        return new Refusal(422, (Duration) null, fields, "identity.form.invalid");
    }

    /** Too many attempts: come back after {@code wait}; the message's argument is the wait in seconds. */
    public static Refusal tooSoon(Duration wait, String key) {
        return tooSoon(wait, key, seconds(wait));
    }

    /** Too many attempts: come back after {@code wait} (said by {@code Retry-After}), told with {@code arguments}. */
    public static Refusal tooSoon(Duration wait, String key, Object... arguments) {
        return new Refusal(429, Duration.ofSeconds(seconds(wait)), Map.of(), key, arguments);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
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

    /** The fields at fault and the message key of each; empty unless the refusal is about form input. */
    public Map<String, String> fields() {
        return fields;
    }

    /** For 429: when to try again; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
