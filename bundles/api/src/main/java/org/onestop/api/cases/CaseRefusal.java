package org.onestop.api.cases;

import java.util.Map;
import java.util.Objects;

/**
 * A case operation that is not allowed now, with the reason as a message key (of the platform's or the module's
 * catalogue) and its arguments. The gateway answers it with HTTP {@link #status()} (409 by default) and the
 * reason in the caller's language; nothing is changed. A refusal of form input may name each field at fault
 * ({@link #fields()}), which JSON clients receive as the problem document's {@code errors}.
 */
public class CaseRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] arguments;
    private final transient Map<String, String> fields;

    public CaseRefusal(int status, String key, Object... arguments) {
        this(status, key, Map.of(), arguments);
    }

    /**
     * A refusal of form input: {@code fields} maps each field at fault to what is wrong with it, as a message key
     * or as a message already in the reader's language.
     */
    public CaseRefusal(int status, String key, Map<String, String> fields, Object... arguments) {
        super(key);
        this.status = status;
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = arguments.clone();
        this.fields = Map.copyOf(fields);
    }

    /** A conflict with the case's state (HTTP 409). */
    public static CaseRefusal conflict(String key, Object... arguments) {
        return new CaseRefusal(409, key, arguments);
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
}
